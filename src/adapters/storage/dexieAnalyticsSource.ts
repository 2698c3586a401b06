import type { AnalyticsData } from '../../domain/analytics/AnalyticsData';
import type { AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import type { AnalyticsRead } from '../../domain/analytics/KnownContacts';
import { ANALYTICS_CHANGES_ID, snapshotTables, stampOf } from './analyticsChangeCounter';
import { ClientbookDb } from './ClientbookDb';
import { DexieAnalyticsStore } from './DexieAnalyticsStore';
import { DEAL_LAST_CONTACTS_TABLE } from './lastContacts';

/**
 * The analytics view of the store, on a connection of its own (the worker's, or the pane's where
 * there is no worker): the stamp of the persisted change counter of the tables analytics read
 * (analyticsChangeCounter: every committed write to them moves it, whoever made it, and it
 * survives pane restarts), the settings, and the records. A read `since` a day leaves out
 * history (two thirds of a big store's bytes): each client's and each deal's latest contact come
 * from the tables kept with every history write (lastContacts.ts) instead.
 */
export function dexieAnalyticsSource(dbName: string): {
  changes(): Promise<string | null>;
  /** The campaigns and products, which kept figures leave out (their notes may name people). */
  pickLists(): Promise<Pick<AnalyticsData, 'campaigns' | 'products'>>;
  settings(): Promise<AnalyticsSettings | undefined>;
  read(since: string | null): Promise<AnalyticsRead>;
} {
  const db = new ClientbookDb(dbName);
  const store = new DexieAnalyticsStore(db);
  return {
    changes: async () => stampOf(await db.analyticsChanges.get(ANALYTICS_CHANGES_ID)),
    settings: () => store.settings(),
    pickLists: () => db.transaction('r', db.campaigns, db.products, async () => ({ campaigns: await db.campaigns.toArray(), products: await db.products.toArray() })),
    async read(since) {
      if (since === null) return { data: await store.snapshot(), known: {} };
      return db.transaction('r', [...snapshotTables, db.clientLastContacts, db.dealLastContacts, db.lastContactsFrom], async () => {
        // A store upgraded to the deals' table holds contacts from the stalled-deal limit of that day on; a longer limit set since needs the entries.
        const filled = await db.lastContactsFrom.get(DEAL_LAST_CONTACTS_TABLE);
        const dealsKept = !filled || filled.from <= since;
        const [lists, clients, deals] = await Promise.all([
          Promise.all(snapshotTables.map((table) => (table !== 'history' ? db.table(table).toArray() : dealsKept ? [] : db.history.where('at').aboveOrEqual(since).toArray()))),
          db.clientLastContacts.toArray(),
          dealsKept ? db.dealLastContacts.where('at').aboveOrEqual(since).toArray() : null,
        ]);
        const data = Object.fromEntries(snapshotTables.map((table, i) => [table, lists[i]])) as AnalyticsData;
        return { data, known: { lastContactByClient: new Map(clients.map((row) => [row.clientId, row.at])), lastContactByDeal: deals && new Map(deals.map((row) => [row.dealId, row.at])) } };
      });
    },
  };
}
