/**
 * The local side of sync on Dexie: reads the outbox for push, settles pushed records, applies
 * pulled changes without queueing them, and keeps per-record eTags with their base versions,
 * per-list delta links and the conflict log. Every step that touches a record and the outbox
 * shares one transaction with it, so a local edit racing a pull or a push is never lost.
 */
import type { Table } from 'dexie';
import type {
  ConflictEntry,
  DeltaChange,
  ListSyncState,
  LocalSyncStore,
  PendingRecord,
  Settlement,
  SyncRecord,
  SyncTable,
} from '../../sync/syncPorts';
import { syncTables } from '../../sync/syncPorts';
import type { ClientbookDb, OutboxEntry, SyncedTable, SyncMetaRow } from './ClientbookDb';

/** A conflict that cannot be restored (its record is gone and only one field was lost). */
export class ConflictRestoreError extends Error {
  override readonly name = 'ConflictRestoreError';
}

export class DexieSyncState implements LocalSyncStore {
  constructor(private readonly db: ClientbookDb) {}

  private table(name: SyncTable): Table<SyncRecord, string> {
    return this.db.table(name);
  }

  pendingCount(): Promise<number> {
    return this.db.outbox.count();
  }

  async pendingHead(limit: number): Promise<PendingRecord[]> {
    return this.db.transaction('r', [this.db.outbox, this.db.syncMeta, ...this.allTables()], async () => {
      const entries = await this.db.outbox.orderBy('seq').limit(limit).toArray();
      const byKey = new Map<string, { table: SyncedTable; key: string; upToSeq: number }>();
      for (const e of entries) {
        const id = `${e.table}\u0000${e.key}`;
        const found = byKey.get(id);
        if (found) found.upToSeq = Math.max(found.upToSeq, e.seq!);
        else byKey.set(id, { table: e.table, key: e.key, upToSeq: e.seq! });
      }
      const heads = [...byKey.values()];
      const metas = await this.db.syncMeta.bulkGet(heads.map((h) => [h.table, h.key] as [SyncedTable, string]));
      // One awaited bulkGet per table, in sequence: parallel async callbacks could leave the
      // transaction's zone and wait on a queued write transaction that waits on this one.
      const records = new Map<string, SyncRecord | undefined>();
      for (const table of new Set(heads.map((h) => h.table))) {
        const keys = heads.filter((h) => h.table === table).map((h) => h.key);
        const rows = await this.table(table).bulkGet(keys);
        keys.forEach((k, i) => records.set(`${table}\u0000${k}`, rows[i]));
      }
      return heads.map((h, i) => {
        const meta = metas[i];
        return {
          ...h,
          record: records.get(`${h.table}\u0000${h.key}`),
          meta: meta ? { itemId: meta.itemId, eTag: meta.eTag, base: typeof meta.base === 'string' ? (JSON.parse(meta.base) as SyncRecord) : meta.base } : undefined,
        };
      });
    });
  }

  private allTables(): Table[] {
    return syncTables.map((t) => this.db.table(t));
  }

  async settle(settlements: Settlement[]): Promise<void> {
    await this.db.transaction('rw', [this.db.outbox, this.db.syncMeta, ...this.allTables()], async () => {
      for (const s of settlements) {
        if (s.meta) await this.db.syncMeta.put({ table: s.table, key: s.key, itemId: s.meta.itemId, eTag: s.meta.eTag, base: JSON.stringify(s.meta.base) });
        else await this.db.syncMeta.delete([s.table, s.key]);
        if (s.merged) {
          const latest = await this.table(s.table).get(s.key);
          if (latest) await this.table(s.table).put(s.merged.rebase(latest));
        }
        if (s.done) {
          const done = await this.db.outbox
            .where('[table+key]')
            .equals([s.table, s.key])
            .filter((e) => e.seq! <= s.upToSeq)
            .primaryKeys();
          await this.db.outbox.bulkDelete(done);
        }
      }
    });
  }

  private async pendingKeys(table: SyncTable, keys: string[]): Promise<Set<string>> {
    // An empty outbox (every first sync, most pulls) needs no index lookups at all.
    if (!keys.length || (await this.db.outbox.count()) === 0) return new Set();
    const rows = await this.db.outbox.where('[table+key]').anyOf(keys.map((k) => [table, k])).toArray();
    return new Set(rows.map((r) => r.key));
  }

  async applyPulled(table: SyncTable, changes: DeltaChange[], fullListing = false): Promise<number> {
    if (!changes.length) return 0;
    return this.db.transaction('rw', [this.table(table), this.db.outbox, this.db.syncMeta], async () => {
      const deletedItems = changes.filter((c) => c.kind === 'delete').map((c) => c.itemId);
      const deletedMetas = deletedItems.length
        ? await this.db.syncMeta.where('[table+itemId]').anyOf(deletedItems.map((id) => [table, id])).toArray()
        : [];
      const keyOfItem = new Map(deletedMetas.map((m) => [m.itemId, m.key]));
      const keys = changes.map((c) => (c.kind === 'upsert' ? c.version.record.id : keyOfItem.get(c.itemId))).filter((k): k is string => !!k);
      const pending = await this.pendingKeys(table, keys);
      // A full listing writes every item it lists without looking up one version per item: on a
      // first sync there is none to find (the look-ups cost a tenth of its time in Chromium), and a
      // rare resync rewrites what it could have skipped.
      const metas = fullListing ? deletedMetas : await this.db.syncMeta.bulkGet(keys.map((k) => [table, k] as [SyncedTable, string]));
      const metaByKey = new Map<string, SyncMetaRow>(metas.filter((m) => m !== undefined).map((m) => [m.key, m]));
      // Decide per key in feed order, then write in bulk: only each key's final state is written.
      const puts = new Map<string, { record: SyncRecord; meta: SyncMetaRow }>();
      const deletes = new Set<string>();
      for (const c of changes) {
        if (c.kind === 'delete') {
          const key = keyOfItem.get(c.itemId);
          // Unknown here, recreated as another item, or edited locally meanwhile: leave it.
          if (!key || metaByKey.get(key)?.itemId !== c.itemId || pending.has(key)) continue;
          metaByKey.delete(key);
          puts.delete(key);
          deletes.add(key);
          continue;
        }
        const { record, itemId, eTag } = c.version;
        if (pending.has(record.id) || metaByKey.get(record.id)?.eTag === eTag) continue;
        const meta: SyncMetaRow = { table, key: record.id, itemId, eTag, base: JSON.stringify(record) };
        metaByKey.set(record.id, meta);
        deletes.delete(record.id);
        puts.set(record.id, { record, meta });
      }
      if (deletes.size) {
        await this.table(table).bulkDelete([...deletes]);
        await this.db.syncMeta.bulkDelete([...deletes].map((k) => [table, k] as [SyncedTable, string]));
      }
      await this.table(table).bulkPut([...puts.values()].map((p) => p.record));
      await this.db.syncMeta.bulkPut([...puts.values()].map((p) => p.meta));
      return deletes.size + puts.size;
    });
  }

  async forgetUnseen(table: SyncTable, seenItemIds: ReadonlySet<string>): Promise<number> {
    return this.db.transaction('rw', [this.table(table), this.db.outbox, this.db.syncMeta], async () => {
      const metas = await this.db.syncMeta.where('[table+itemId]').between([table, ''], [table, '\uffff']).toArray();
      const gone = metas.filter((m) => !seenItemIds.has(m.itemId));
      const pending = await this.pendingKeys(table, gone.map((m) => m.key));
      const forget = gone.filter((m) => !pending.has(m.key));
      await this.table(table).bulkDelete(forget.map((m) => m.key));
      await this.db.syncMeta.bulkDelete(forget.map((m) => [table, m.key] as [SyncedTable, string]));
      return forget.length;
    });
  }

  async listState(table: SyncTable): Promise<ListSyncState> {
    const row = await this.db.syncLists.get(table);
    return { deltaLink: row?.deltaLink ?? null, beaconSeen: row?.beaconSeen ?? null };
  }

  async saveListState(table: SyncTable, state: ListSyncState): Promise<void> {
    await this.db.syncLists.put({ table, ...state });
  }

  async addConflicts(conflicts: Omit<ConflictEntry, 'id' | 'restoredAt'>[]): Promise<void> {
    await this.db.syncConflicts.bulkAdd(conflicts.map((c) => ({ ...c, id: crypto.randomUUID(), restoredAt: null })));
  }

  /** The conflict log, newest first. */
  async conflicts(): Promise<ConflictEntry[]> {
    return (await this.db.syncConflicts.orderBy('at').toArray()).reverse();
  }

  async restoreConflict(id: string, at: string): Promise<void> {
    await this.db.transaction('rw', [this.db.syncConflicts, this.db.outbox, ...this.allTables()], async () => {
      const conflict = await this.db.syncConflicts.get(id);
      if (!conflict) throw new ConflictRestoreError(`No conflict ${id}`);
      const current = await this.table(conflict.table).get(conflict.key);
      let restored: SyncRecord;
      if (conflict.field === '*') restored = { ...(conflict.lost as SyncRecord), updatedAt: at };
      else if (current) restored = { ...current, [conflict.field]: conflict.lost, updatedAt: at };
      else throw new ConflictRestoreError(`The record of conflict ${id} no longer exists`);
      await this.table(conflict.table).put(restored);
      const entry: OutboxEntry = { table: conflict.table, key: conflict.key, op: 'upsert', at };
      await this.db.outbox.add(entry);
      await this.db.syncConflicts.update(id, { restoredAt: at });
    });
  }
}
