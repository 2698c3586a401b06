/**
 * The local side of sync on Dexie: reads the outbox for push, settles pushed records, applies
 * pulled changes without queueing them, and keeps each record's agreement with the team store,
 * per-list delta links and the conflict log. Every step that touches a record and the outbox
 * shares one transaction with it, so a local edit racing a pull or a push is never lost.
 *
 * A record's agreement (item id, eTag, base version) lives on its own row as its TeamItem while it
 * has no local edits, and in the agreements table (syncMeta) while it has: the first local write
 * moves it there (teamItems.ts), and a settled push moves it back. The agreements table's row wins
 * where both exist (rows written before version 9 stay there until the record is pulled again).
 */
import type { Table } from 'dexie';
import type {
  BeaconOwed,
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
import type { ClientbookDb, OutboxEntry, SyncedTable, SyncListRow, SyncMetaRow } from './ClientbookDb';
import { rowsAsStored, TEAM_ITEM, TEAM_ITEM_INDEX, teamItemOf, withoutTeamItem, type TeamItem } from './teamItems';

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
      // One awaited read per table, in sequence: parallel async callbacks could leave the
      // transaction's zone and wait on a queued write transaction that waits on this one.
      const records = new Map<string, SyncRecord | undefined>();
      const metas = new Map<string, SyncMetaRow>();
      for (const table of new Set(heads.map((h) => h.table))) {
        const keys = heads.filter((h) => h.table === table).map((h) => h.key);
        const rows = await rowsAsStored<SyncRecord>(this.db, table, keys);
        keys.forEach((k, i) => records.set(`${table}\u0000${k}`, rows[i] && withoutTeamItem(rows[i])));
        for (const [key, meta] of await this.agreementsOf(table, keys, rows)) metas.set(`${table}\u0000${key}`, meta);
      }
      return heads.map((h) => {
        const id = `${h.table}\u0000${h.key}`;
        const record = records.get(id);
        const meta = metas.get(id);
        return {
          ...h,
          record,
          meta: meta ? { itemId: meta.itemId, eTag: meta.eTag, base: typeof meta.base === 'string' ? (JSON.parse(meta.base) as SyncRecord) : meta.base } : undefined,
        };
      });
    });
  }

  /**
   * The records' agreements by key: the agreements table's row, else the TeamItem on the record's
   * row (which is then the base). `stored`: the rows as stored, when the caller has read them.
   */
  private async agreementsOf(table: SyncTable, keys: readonly string[], stored?: readonly (SyncRecord | undefined)[]): Promise<Map<string, SyncMetaRow>> {
    const kept = await this.db.syncMeta.bulkGet(keys.map((k) => [table, k] as [SyncedTable, string]));
    const records = stored ?? (kept.every((row) => row !== undefined) ? [] : await rowsAsStored<SyncRecord>(this.db, table, keys));
    const found = new Map<string, SyncMetaRow>();
    keys.forEach((key, i) => {
      const record = records[i];
      const item = teamItemOf(record);
      const agreement = kept[i] ?? (record && item ? { table: table as SyncedTable, key, itemId: item.itemId, eTag: item.eTag, base: withoutTeamItem(record) } : undefined);
      if (agreement) found.set(key, agreement);
    });
    return found;
  }

  /** The keys of the records the team store's items are, by item id. */
  private async keysOfItems(table: SyncTable, itemIds: readonly string[]): Promise<Map<string, string>> {
    if (!itemIds.length) return new Map();
    const keys = new Map<string, string>();
    await this.table(table)
      .where(TEAM_ITEM_INDEX)
      .anyOf([...itemIds])
      .eachKey((itemId, cursor) => keys.set(String(itemId), String(cursor.primaryKey)));
    for (const m of await this.db.syncMeta.where('[table+itemId]').anyOf(itemIds.map((id) => [table, id])).toArray()) keys.set(m.itemId, m.key);
    return keys;
  }

  /** Whether the agreements table holds a row of `table` (before version 9, or for local edits). */
  private async anyKept(table: SyncTable): Promise<boolean> {
    return (await this.db.syncMeta.where('[table+itemId]').between([table, ''], [table, '\uffff']).limit(1).count()) > 0;
  }

  private allTables(): Table[] {
    return syncTables.map((t) => this.db.table(t));
  }

  async settle(settlements: Settlement[]): Promise<void> {
    await this.db.transaction('rw', [this.db.outbox, this.db.syncMeta, ...this.allTables()], async () => {
      for (const s of settlements) {
        const records = this.table(s.table);
        if (s.merged) {
          const latest = await records.get(s.key);
          if (latest) await records.put(s.merged.rebase(latest));
        }
        if (s.done) {
          const done = await this.db.outbox
            .where('[table+key]')
            .equals([s.table, s.key])
            .filter((e) => e.seq! <= s.upToSeq)
            .primaryKeys();
          await this.db.outbox.bulkDelete(done);
        }
        // Edits still waiting (made during the push, or not pushed) need the base: the agreement
        // stays in the agreements table. Else the row is the agreed version and holds it itself.
        const waiting = !s.done || (await this.db.outbox.where('[table+key]').equals([s.table, s.key]).count()) > 0;
        if (s.meta && waiting) {
          await this.db.syncMeta.put({ table: s.table, key: s.key, itemId: s.meta.itemId, eTag: s.meta.eTag, base: JSON.stringify(s.meta.base) });
          continue;
        }
        await this.db.syncMeta.delete([s.table, s.key]);
        const [stored] = await rowsAsStored<SyncRecord>(this.db, s.table, [s.key]);
        if (stored && s.meta) await records.put({ ...withoutTeamItem(stored), [TEAM_ITEM]: { itemId: s.meta.itemId, eTag: s.meta.eTag } satisfies TeamItem });
        else if (stored && teamItemOf(stored)) await records.put(withoutTeamItem(stored));
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
      const keyOfItem = await this.keysOfItems(
        table,
        changes.flatMap((c) => (c.kind === 'delete' ? [c.itemId] : [])),
      );
      const keys = changes.map((c) => (c.kind === 'upsert' ? c.version.record.id : keyOfItem.get(c.itemId))).filter((k): k is string => !!k);
      const pending = await this.pendingKeys(table, keys);
      // A full listing writes every item it lists without looking up one agreement per item: on a
      // first sync there is none to find (the look-ups cost a tenth of its time in Chromium), and a
      // rare resync rewrites what it could have skipped.
      const agreed = await this.agreementsOf(table, fullListing ? [...keyOfItem.values()] : keys);
      // Decide per key in feed order, then write in bulk: only each key's final state is written.
      const puts = new Map<string, SyncRecord>();
      const deletes = new Set<string>();
      for (const c of changes) {
        if (c.kind === 'delete') {
          const key = keyOfItem.get(c.itemId);
          // Unknown here, recreated as another item, or edited locally meanwhile: leave it.
          if (!key || agreed.get(key)?.itemId !== c.itemId || pending.has(key)) continue;
          agreed.delete(key);
          puts.delete(key);
          deletes.add(key);
          continue;
        }
        const { record, itemId, eTag } = c.version;
        if (pending.has(record.id) || agreed.get(record.id)?.eTag === eTag) continue;
        agreed.set(record.id, { table: table as SyncedTable, key: record.id, itemId, eTag, base: record });
        deletes.delete(record.id);
        puts.set(record.id, { ...record, [TEAM_ITEM]: { itemId, eTag } satisfies TeamItem });
      }
      if (deletes.size) {
        await this.table(table).bulkDelete([...deletes]);
        await this.db.syncMeta.bulkDelete([...deletes].map((k) => [table, k] as [SyncedTable, string]));
      }
      await this.table(table).bulkPut([...puts.values()]);
      // Agreements kept from before version 9 give way to the TeamItems just written (a first sync has none).
      if (puts.size && (!fullListing || (await this.anyKept(table)))) {
        await this.db.syncMeta.bulkDelete([...puts.keys()].map((k) => [table, k] as [SyncedTable, string]));
      }
      return deletes.size + puts.size;
    });
  }

  async forgetUnseen(table: SyncTable, seenItemIds: ReadonlySet<string>): Promise<number> {
    return this.db.transaction('rw', [this.table(table), this.db.outbox, this.db.syncMeta], async () => {
      const itemOf = new Map<string, string>();
      await this.table(table)
        .orderBy(TEAM_ITEM_INDEX)
        .eachKey((itemId, cursor) => itemOf.set(String(cursor.primaryKey), String(itemId)));
      for (const m of await this.db.syncMeta.where('[table+itemId]').between([table, ''], [table, '\uffff']).toArray()) itemOf.set(m.key, m.itemId);
      const gone = [...itemOf].filter(([, itemId]) => !seenItemIds.has(itemId)).map(([key]) => key);
      const pending = await this.pendingKeys(table, gone);
      const forget = gone.filter((key) => !pending.has(key));
      await this.table(table).bulkDelete(forget);
      await this.db.syncMeta.bulkDelete(forget.map((key) => [table, key] as [SyncedTable, string]));
      return forget.length;
    });
  }

  async listState(table: SyncTable): Promise<ListSyncState> {
    const row = await this.db.syncLists.get(table);
    return { deltaLink: row?.deltaLink ?? null, beaconSeen: row?.beaconSeen ?? null };
  }

  async saveListState(table: SyncTable, state: ListSyncState): Promise<void> {
    await this.db.transaction('rw', this.db.syncLists, async () => {
      const row = await this.db.syncLists.get(table);
      await this.db.syncLists.put({ ...row, table, ...state });
    });
  }

  async markBeaconOwed(tables: SyncTable[]): Promise<void> {
    // A fresh mark per write: a touch that read an older one does not clear this.
    const mark = crypto.randomUUID();
    await this.db.transaction('rw', this.db.syncLists, async () => {
      const rows = await this.db.syncLists.bulkGet(tables);
      await this.db.syncLists.bulkPut(tables.map((table, i) => ({ deltaLink: null, beaconSeen: null, ...rows[i], table, beaconOwed: mark })));
    });
  }

  async beaconOwed(): Promise<BeaconOwed> {
    const rows = await this.db.syncLists.filter((row) => row.beaconOwed !== undefined).toArray();
    return Object.fromEntries(rows.map((row) => [row.table, row.beaconOwed]));
  }

  async beaconTouched(owed: BeaconOwed): Promise<void> {
    await this.db.transaction('rw', this.db.syncLists, async () => {
      const tables = Object.keys(owed) as SyncTable[];
      const rows = await this.db.syncLists.bulkGet(tables);
      const cleared = rows.filter((row): row is SyncListRow => row?.beaconOwed !== undefined && row.beaconOwed === owed[row.table]);
      await this.db.syncLists.bulkPut(cleared.map(({ table, deltaLink, beaconSeen }) => ({ table, deltaLink, beaconSeen })));
    });
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
