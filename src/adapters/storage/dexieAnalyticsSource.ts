import type { AnalyticsData } from '../../domain/analytics/AnalyticsData';
import type { AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import { ANALYTICS_CHANGES_ID, snapshotTables, stampOf } from './analyticsChangeCounter';
import { ClientbookDb } from './ClientbookDb';
import { DexieAnalyticsStore } from './DexieAnalyticsStore';

/**
 * The analytics view of the store, on a connection of its own (the worker's, or the pane's where
 * there is no worker): the stamp of the persisted change counter of the tables analytics read
 * (analyticsChangeCounter: every committed write to them moves it, whoever made it, and it
 * survives pane restarts), the settings, and the records. A read `since` a day leaves out the
 * older history entries (two thirds of a big store's bytes).
 */
export function dexieAnalyticsSource(dbName: string): {
  changes(): Promise<string | null>;
  /** The campaigns and products, which kept figures leave out (their notes may name people). */
  pickLists(): Promise<Pick<AnalyticsData, 'campaigns' | 'products'>>;
  settings(): Promise<AnalyticsSettings | undefined>;
  read(since: string | null): Promise<{ data: AnalyticsData; lastContactByClient: Map<string, string> | null }>;
} {
  const db = new ClientbookDb(dbName);
  const store = new DexieAnalyticsStore(db);
  return {
    changes: async () => stampOf(await db.analyticsChanges.get(ANALYTICS_CHANGES_ID)),
    settings: () => store.settings(),
    pickLists: () => db.transaction('r', db.campaigns, db.products, async () => ({ campaigns: await db.campaigns.toArray(), products: await db.products.toArray() })),
    async read(since) {
      if (since === null) return { data: await store.snapshot(), lastContactByClient: null };
      // Each client's latest contact comes from the table kept with every history write (clientLastContacts), in the same transaction.
      return db.transaction('r', [...snapshotTables, db.clientLastContacts], async () => {
        const [lists, latest] = await Promise.all([
          Promise.all(snapshotTables.map((table) => (table === 'history' ? db.history.where('at').aboveOrEqual(since) : db.table(table)).toArray())),
          db.clientLastContacts.toArray(),
        ]);
        const data = Object.fromEntries(snapshotTables.map((table, i) => [table, lists[i]])) as AnalyticsData;
        return { data, lastContactByClient: new Map(latest.map((row) => [row.clientId, row.at])) };
      });
    },
  };
}
