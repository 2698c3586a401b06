import { liveQuery } from 'dexie';
import type { Deal } from '../../domain/model/Deal';
import type { AnalyticsData } from '../../domain/analytics/AnalyticsData';
import type { AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import type { ReferenceItem } from '../../domain/model/ReferenceItem';
import { mayBeStalled, type AnalyticsRead, type KnownContacts } from '../../domain/analytics/KnownContacts';
import type { ChangedRecords } from '../../domain/analytics/ChangedRecords';
import { ANALYTICS_CHANGES_ID, countOf, recordsStampOf, REFERENCE_ITEMS_TABLE, snapshotTables, stampOf, type ChangeStamps } from './analyticsChangeCounter';
import { ClientbookDb } from './ClientbookDb';
import { DexieAnalyticsStore } from './DexieAnalyticsStore';
import { DEAL_LAST_CONTACTS_TABLE } from './lastContacts';
import { changesOf } from './analyticsJournal';
import { dexieAnalyticsSnapshot, type KeptSnapshot } from './dexieAnalyticsSnapshot';

/** The tables whose changes a snapshot takes in: its own but history (read as the latest contacts). */
const changedTables: ReadonlySet<string> = new Set(snapshotTables.filter((table) => table !== 'history'));

/**
 * The analytics view of the store, on a connection of its own (the worker's, or the pane's where
 * there is no worker): the stamp of the persisted change counter of the tables analytics read
 * (analyticsChangeCounter: every committed write to them moves it, whoever made it, and it
 * survives pane restarts), the settings, the deal stages, and the records. A read `since` a day leaves out
 * history (two thirds of a big store's bytes): each client's and each deal's latest contact come
 * from the tables kept with every history write (lastContacts.ts) instead.
 */
export function dexieAnalyticsSource(dbName: string): {
  changes(): Promise<string | null>;
  /** Calls `changed` with the new stamp after each write that moves it (in this pane, another tab or a worker); returns the way to stop. */
  watch(changed: (stamp: string | null) => void): () => void;
  stamps(): Promise<ChangeStamps>;
  /** The campaigns and products, which kept figures leave out (their notes may name people). */
  pickLists(): Promise<Pick<AnalyticsData, 'campaigns' | 'products'>>;
  settings(): Promise<AnalyticsSettings | undefined>;
  dealStages(): Promise<ReferenceItem[]>;
  read(since: string | null): Promise<AnalyticsRead>;
  readContacts(since: string, deals: readonly Deal[]): Promise<KnownContacts>;
  changedSince(records: string): Promise<ChangedRecords | null>;
  keptSnapshot(): Promise<KeptSnapshot | null>;
  keepSnapshot(records: string, data: AnalyticsData): Promise<void>;
} {
  const db = new ClientbookDb(dbName);
  const kept = dexieAnalyticsSnapshot(dbName);
  const store = new DexieAnalyticsStore(db);
  const stamps = async (): Promise<ChangeStamps> => {
    const row = await db.analyticsChanges.get(ANALYTICS_CHANGES_ID);
    return { all: stampOf(row), records: recordsStampOf(row) };
  };
  return {
    changes: async () => (await stamps()).all,
    watch(changed) {
      let last: string | null | undefined;
      const subscription = liveQuery(() => db.analyticsChanges.get(ANALYTICS_CHANGES_ID)).subscribe({
        next: (row) => {
          const stamp = stampOf(row);
          // The first value is the stamp as it is now, not a change.
          if (last !== undefined && stamp !== last) changed(stamp);
          last = stamp;
        },
        error: () => undefined,
      });
      return () => subscription.unsubscribe();
    },
    stamps,
    settings: () => store.settings(),
    dealStages: () => store.dealStages(),
    pickLists: () => db.transaction('r', db.campaigns, db.products, async () => ({ campaigns: await db.campaigns.toArray(), products: await db.products.toArray() })),
    async read(since) {
      if (since === null) return { data: await store.snapshot(), known: {} };
      return db.transaction('r', [...snapshotTables, db.referenceItems, db.clientLastContacts, db.dealLastContacts, db.lastContactsFrom], async () => {
        const [lists, dealStages, known] = await Promise.all([Promise.all(snapshotTables.map((table) => (table === 'history' ? [] : db.table(table).toArray()))), store.dealStages(), knownContacts(since)]);
        const data = { ...Object.fromEntries(snapshotTables.map((table, i) => [table, lists[i]])), dealStages } as AnalyticsData;
        // The deals' table does not reach back to the limit: the entries since it tell instead.
        if (!known.lastContactByDeal) data.history = await db.history.where('at').aboveOrEqual(since).toArray();
        await withOlderContacts(known, since, data.deals);
        return { data, known };
      });
    },
    readContacts: (since, deals) => db.transaction('r', [db.clientLastContacts, db.dealLastContacts, db.lastContactsFrom], async () => withOlderContacts(await knownContacts(since), since, deals)),
    /**
     * The records written since the records stamp `records` was taken, as the journal notes them
     * (analyticsJournal.ts), or null when it cannot tell: another store, a range emptied, rows
     * dropped, or the head of sales' settings changed (the figures need a whole read then).
     */
    changedSince: (records) =>
      db.transaction('r', [db.analyticsChanges, db.analyticsJournal, ...snapshotTables], async (): Promise<ChangedRecords | null> => {
        const row = await db.analyticsChanges.get(ANALYTICS_CHANGES_ID);
        const since = countOf(records, row);
        if (since === null || row?.records === undefined) return null;
        const rows = await db.analyticsJournal.where('[records+part]').above([since, Infinity]).toArray();
        const changes = changesOf(rows, since, row.records);
        // The deal stages are read whole with every read: what was written of them needs no look-up.
        changes?.delete(REFERENCE_ITEMS_TABLE);
        if (!changes || [...changes.keys()].some((table) => !changedTables.has(table))) return null;
        const changed: Record<string, { ids: ReadonlySet<string>; records: unknown[] }> = {};
        await Promise.all(
          [...changes].map(async ([table, ids]) => {
            const now = await db.table(table).bulkGet([...ids]);
            changed[table] = { ids, records: now.filter((record) => record !== undefined) };
          }),
        );
        return changed as ChangedRecords;
      }),
    keptSnapshot: async () => kept.kept((await db.open()).verno),
    keepSnapshot: async (records, data) => kept.keep(records, (await db.open()).verno, data),
  };

  /** Each client's latest contact, and each deal's since `since` — null for deals when their table was filled from a later day on. */
  async function knownContacts(since: string): Promise<KnownContacts> {
    // A store upgraded to the deals' table holds contacts from the stalled-deal limit of that day on; a longer limit set since needs the entries.
    const filled = await db.lastContactsFrom.get(DEAL_LAST_CONTACTS_TABLE);
    const [clients, deals] = await Promise.all([db.clientLastContacts.toArray(), !filled || filled.from <= since ? db.dealLastContacts.where('at').aboveOrEqual(since).toArray() : null]);
    return { lastContactByClient: new Map(clients.map((row) => [row.clientId, row.at])), lastContactByDeal: deals && new Map(deals.map((row) => [row.dealId, row.at])) };
  }

  /**
   * Adds the latest contact, however old, of each of `deals` that may be stalled and had none
   * since the limit `since`: how long such a deal has been idle counts from that contact when it
   * came after the deal's last stage change. Those deals' rows only: reading every deal's would
   * cost the first read about as much as the clients' table.
   */
  async function withOlderContacts(known: KnownContacts, since: string, deals: readonly Deal[]): Promise<KnownContacts> {
    const byDeal = known.lastContactByDeal;
    if (!byDeal) return known;
    const older = await db.dealLastContacts.bulkGet(mayBeStalled(deals, since).filter((id) => !byDeal.has(id)));
    for (const row of older) if (row) byDeal.set(row.dealId, row.at);
    return known;
  }
}
