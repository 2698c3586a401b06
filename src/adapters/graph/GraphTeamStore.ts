/**
 * The team store on SharePoint lists through Graph: the TeamStore port the sync engine pushes to
 * and pulls from. Graph errors become RemoteErrors (the engine knows no HTTP); inner $batch
 * statuses become one outcome per write.
 */
import {
  RemoteError,
  syncTables,
  type BeaconStamps,
  type DeltaChange,
  type DeltaPage,
  type RemoteVersion,
  type RemoteWrite,
  type RemoteWriteOutcome,
  type SyncTable,
  type TeamStore,
} from '../../sync/syncPorts';
import { ENTITY_ID_COLUMN, RECORD_FIELDS } from './EntityList';
import { entityLists } from './entityLists';
import { batchError, type BatchRequest, type BatchResponse, type GraphClient } from './GraphClient';
import { GraphHttpError } from './GraphHttpError';
import type { TeamSiteLayout } from './TeamSiteLayout';

type ItemJson = { id: string; eTag?: string; '@odata.etag'?: string; fields?: Record<string, unknown>; deleted?: { state: string } };
type DeltaJson = { value: ItemJson[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

/** Only the fields the record is read from: the typed columns (for people's views) would double each page. */
const EXPAND_RECORD = `$expand=fields($select=${RECORD_FIELDS.join(',')})`;

/** The engine's view of a failed call: why it failed and when to try again. */
export function toRemoteError(e: unknown): unknown {
  if (!(e instanceof GraphHttpError)) return e;
  const reason =
    e.status === 0 ? 'network'
    : e.status === 429 ? 'throttled'
    : e.status === 410 ? 'expired'
    : e.isTransient ? 'unavailable'
    : 'rejected';
  return new RemoteError(reason, e.status, e.message, e.retryAfterMs, { cause: e });
}

export class GraphTeamStore implements TeamStore {
  private readonly site: string;

  constructor(
    private readonly client: GraphClient,
    private readonly layout: TeamSiteLayout,
  ) {
    this.site = `/sites/${encodeURIComponent(layout.siteId)}`;
  }

  private items(table: SyncTable): string {
    return `${this.site}/lists/${this.layout.lists[table]}/items`;
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      throw toRemoteError(e);
    }
  }

  private version(table: SyncTable, item: ItemJson): RemoteVersion | null {
    const record = item.fields ? entityLists[table].fromListItem(item.fields) : null;
    const eTag = item.eTag ?? item['@odata.etag'] ?? (item.fields?.['@odata.etag'] as string | undefined);
    return record && eTag ? { itemId: item.id, eTag, record } : null;
  }

  async write(writes: RemoteWrite[]): Promise<RemoteWriteOutcome[]> {
    const requests: BatchRequest[] = writes.map((w, i) => {
      const id = String(i + 1);
      const fields = w.kind === 'delete' ? undefined : entityLists[w.table].toListItemFields(w.record);
      switch (w.kind) {
        case 'create':
          return { id, method: 'POST', url: this.items(w.table), body: { fields } };
        case 'update':
          return { id, method: 'PATCH', url: `${this.items(w.table)}/${w.itemId}/fields`, headers: { 'If-Match': w.eTag }, body: fields };
        case 'delete':
          return { id, method: 'DELETE', url: `${this.items(w.table)}/${w.itemId}`, headers: { 'If-Match': w.eTag } };
      }
    });
    const answers = await this.call(() => this.client.batch(requests));
    return writes.map((w, i) => outcomeOf(w, answers.get(String(i + 1))));
  }

  async read(table: SyncTable, itemId: string): Promise<RemoteVersion | null> {
    try {
      const item = await this.client.get<ItemJson>(`${this.items(table)}/${itemId}?${EXPAND_RECORD}`);
      return this.version(table, item);
    } catch (e) {
      if (e instanceof GraphHttpError && e.status === 404) return null;
      throw toRemoteError(e);
    }
  }

  async findByEntityId(table: SyncTable, id: string): Promise<RemoteVersion | null> {
    const filter = `fields/${ENTITY_ID_COLUMN} eq '${id.replace(/'/g, "''")}'`;
    const page = await this.call(() => this.client.get<DeltaJson>(`${this.items(table)}?${EXPAND_RECORD}&$filter=${encodeURIComponent(filter)}`));
    const item = page.value[0];
    return item ? this.version(table, item) : null;
  }

  async delta(table: SyncTable, link: string | null): Promise<DeltaPage> {
    const page = await this.call(() => this.client.get<DeltaJson>(link ?? `${this.items(table)}/delta?${EXPAND_RECORD}`));
    const changes: DeltaChange[] = [];
    for (const item of page.value) {
      if (item.deleted) {
        changes.push({ kind: 'delete', itemId: item.id });
        continue;
      }
      const version = this.version(table, item);
      // Items without our record (added by hand in SharePoint) are not ours to sync.
      if (version) changes.push({ kind: 'upsert', version });
    }
    return { changes, nextLink: page['@odata.nextLink'] ?? null, deltaLink: page['@odata.deltaLink'] ?? null };
  }

  private beaconItem(): string {
    return `${this.site}/lists/${this.layout.beacon.listId}/items/${this.layout.beacon.itemId}`;
  }

  async readBeacon(): Promise<BeaconStamps> {
    const item = await this.call(() => this.client.get<ItemJson>(`${this.beaconItem()}?$expand=fields($select=${syncTables.join(',')})`));
    const stamps: BeaconStamps = {};
    for (const t of syncTables) {
      const v = item.fields?.[t];
      if (typeof v === 'string') stamps[t] = v;
    }
    return stamps;
  }

  async touchBeacon(stamps: BeaconStamps): Promise<void> {
    await this.call(() => this.client.patch(`${this.beaconItem()}/fields`, stamps));
  }
}

function outcomeOf(write: RemoteWrite, answer: BatchResponse | undefined): RemoteWriteOutcome {
  if (!answer) return { status: 'retry', httpStatus: 0, retryAfterMs: null };
  const s = answer.status;
  if (s >= 200 && s < 300) {
    const body = (answer.body ?? {}) as ItemJson & Record<string, unknown>;
    const itemId = write.kind === 'create' ? body.id : write.itemId;
    const eTag = write.kind === 'delete' ? '' : (body.eTag ?? body['@odata.etag'] ?? '');
    return { status: 'done', itemId, eTag };
  }
  if (s === 409 && write.kind === 'create') return { status: 'exists' };
  if (s === 412) return { status: 'stale' };
  // A create answered 404 means the list itself is missing: Connect has to upgrade the site.
  if (s === 404 && write.kind === 'create') return { status: 'rejected', httpStatus: s, message: 'The list is missing; connect again to upgrade the site' };
  if (s === 404) return { status: 'missing' };
  const error = batchError(answer);
  if (s === 424 || error.isTransient) return { status: 'retry', httpStatus: s, retryAfterMs: error.retryAfterMs };
  return { status: 'rejected', httpStatus: s, message: error.message };
}
