/**
 * Connect: resolves the team site by URL, then creates or upgrades one list per entity plus the
 * change-beacon list and item. Idempotent — a second run finds everything in place and changes
 * nothing — and it reports each thing it created, so the settings screen can say what happened.
 */
import { syncTables, type SyncTable } from '../../sync/syncPorts';
import { entityLists, BEACON_LIST } from './entityLists';
import type { ColumnSpec } from './EntityList';
import type { GraphClient } from './GraphClient';
import { GraphHttpError } from './GraphHttpError';
import type { TeamSiteLayout } from './TeamSiteLayout';

export type ProvisionReport = { layout: TeamSiteLayout; created: string[] };

type ListJson = { id: string; displayName: string };
type ColumnJson = { id: string; name: string; indexed?: boolean; enforceUniqueValues?: boolean };
type Page<T> = { value: T[]; '@odata.nextLink'?: string };

const MAX_ATTEMPTS = 5;

/** A provisioning call being tried again: `attempt` of `of`. */
export type ProvisionRetry = { attempt: number; of: number };

export type ProvisionOptions = {
  /** Cancel: stops the calls and the waits between them. */
  signal?: AbortSignal;
  /** A call that got no answer is tried again (its retry), or it answered after all (null). */
  onRetry?: (retry: ProvisionRetry | null) => void;
};

type Patiently = <T>(call: () => Promise<T>) => Promise<T>;

/** Retries a provisioning call that was throttled or got no answer; Connect runs outside the sync queue. */
function patience({ signal, onRetry = () => undefined }: ProvisionOptions): Patiently {
  return async (call) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await call();
        if (attempt > 1) onRetry(null);
        return answer;
      } catch (e) {
        if (!(e instanceof GraphHttpError) || !e.isTransient || attempt >= MAX_ATTEMPTS) throw e;
        signal?.throwIfAborted();
        onRetry({ attempt: attempt + 1, of: MAX_ATTEMPTS });
        await pause(e.retryAfterMs ?? Math.min(8000, 250 * 2 ** attempt), signal);
      }
    }
  };
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}

async function allPages<T>(client: GraphClient, path: string, patiently: Patiently): Promise<T[]> {
  const out: T[] = [];
  let next: string | undefined = path;
  while (next) {
    const page: Page<T> = await patiently(() => client.get<Page<T>>(next!));
    out.push(...page.value);
    next = page['@odata.nextLink'];
  }
  return out;
}

export function columnDefinition(spec: ColumnSpec): Record<string, unknown> {
  const facet =
    spec.type === 'note' ? { text: { allowMultipleLines: true } }
    : spec.type === 'choice' ? { choice: { choices: [...(spec.choices ?? [])] } }
    : { [spec.type]: {} };
  return {
    name: spec.name,
    displayName: spec.displayName,
    indexed: spec.indexed === true,
    enforceUniqueValues: spec.unique === true,
    hidden: spec.hidden === true,
    ...facet,
  };
}

/** Site path form Graph resolves: /sites/{hostname}:/{server-relative-path}. */
export function sitePath(siteUrl: string): string {
  const url = new URL(siteUrl);
  const path = url.pathname.replace(/\/$/, '');
  return `/sites/${url.hostname}:${path || '/'}`;
}

/** A short stable digest of every list and column the app expects (FNV-1a over their JSON). */
export function schemaFingerprint(): string {
  const text = JSON.stringify(syncTables.map((t) => [entityLists[t].displayName, entityLists[t].columns.map(columnDefinition)]));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${syncTables.length}-${hash.toString(36)}`;
}

export async function provisionTeamSite(client: GraphClient, siteUrl: string, options: ProvisionOptions = {}): Promise<ProvisionReport> {
  const patiently = patience(options);
  const created: string[] = [];
  const site = await patiently(() => client.get<{ id: string }>(sitePath(siteUrl)));
  const sitePrefix = `/sites/${encodeURIComponent(site.id)}`;
  let existing = await allPages<ListJson>(client, `${sitePrefix}/lists?$select=id,displayName`, patiently);

  async function ensureList(displayName: string, columns: ColumnSpec[]): Promise<string> {
    let list = existing.find((l) => l.displayName === displayName);
    if (!list) {
      try {
        list = await patiently(() =>
          client.post<ListJson>(`${sitePrefix}/lists`, { displayName, columns: columns.map(columnDefinition), list: { template: 'genericList' } }),
        );
        created.push(`list "${displayName}"`);
        return list.id;
      } catch (e) {
        // Another pane connecting at the same moment created it: upgrade theirs instead.
        if (!(e instanceof GraphHttpError) || e.status !== 409) throw e;
        existing = await allPages<ListJson>(client, `${sitePrefix}/lists?$select=id,displayName`, patiently);
        list = existing.find((l) => l.displayName === displayName);
        if (!list) throw e;
      }
    }
    const listPath = `${sitePrefix}/lists/${list.id}`;
    const have = await allPages<ColumnJson>(client, `${listPath}/columns`, patiently);
    for (const spec of columns) {
      const column = have.find((c) => c.name === spec.name);
      if (!column) {
        try {
          await patiently(() => client.post(`${listPath}/columns`, columnDefinition(spec)));
          created.push(`column ${displayName}.${spec.name}`);
        } catch (e) {
          if (!(e instanceof GraphHttpError) || e.status !== 409) throw e;
        }
      } else if ((spec.indexed && !column.indexed) || (spec.unique && !column.enforceUniqueValues)) {
        await patiently(() => client.patch(`${listPath}/columns/${column.id}`, { indexed: true, enforceUniqueValues: spec.unique === true }));
        created.push(`index ${displayName}.${spec.name}`);
      }
    }
    return list.id;
  }

  const lists = {} as Record<SyncTable, string>;
  for (const table of syncTables) lists[table] = await ensureList(entityLists[table].displayName, entityLists[table].columns);

  const beaconColumns: ColumnSpec[] = syncTables.map((t) => ({ name: t, displayName: t, type: 'text' }));
  const beaconListId = await ensureList(BEACON_LIST, beaconColumns);
  const items = await patiently(() => client.get<Page<{ id: string }>>(`${sitePrefix}/lists/${beaconListId}/items?$top=1`));
  let beaconItemId = items.value[0]?.id;
  if (!beaconItemId) {
    await patiently(() => client.post<{ id: string }>(`${sitePrefix}/lists/${beaconListId}/items`, { fields: { Title: 'Clientbook change beacon' } }));
    created.push('change beacon item');
    // Two panes connecting at once may each add one: both settle on the first item.
    const again = await patiently(() => client.get<Page<{ id: string }>>(`${sitePrefix}/lists/${beaconListId}/items?$top=1`));
    beaconItemId = again.value[0]!.id;
  }
  return { layout: { siteId: site.id, lists, beacon: { listId: beaconListId, itemId: beaconItemId }, schema: schemaFingerprint() }, created };
}
