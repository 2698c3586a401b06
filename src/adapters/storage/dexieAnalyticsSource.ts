import type { AnalyticsData } from '../../domain/analytics/AnalyticsData';
import type { AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import { ANALYTICS_CHANGES_ID, snapshotTables, stampOf } from './analyticsChangeCounter';
import { ClientbookDb } from './ClientbookDb';
import { DexieAnalyticsStore } from './DexieAnalyticsStore';

/** Each client's latest history instant, from the [clientId+at] index's keys alone: one step per client, newest first. */
function lastContactByClient(db: ClientbookDb): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const latest = new Map<string, string>();
    const request = db.backendDB().transaction('history', 'readonly').objectStore('history').index('[clientId+at]').openKeyCursor(null, 'prev');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(latest);
      const [clientId, at] = cursor.key as [string, string];
      latest.set(clientId, at);
      // [clientId] sorts before every [clientId, at]: going back to it lands on the previous client's newest key.
      cursor.continue([clientId]);
    };
  });
}

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
      const data = await db.transaction('r', [...snapshotTables], async () => {
        const lists = await Promise.all(snapshotTables.map((table) => (table === 'history' ? db.history.where('at').aboveOrEqual(since) : db.table(table)).toArray()));
        return Object.fromEntries(snapshotTables.map((table, i) => [table, lists[i]])) as AnalyticsData;
      });
      // A write between the two reads moves the change counter past the stamp taken before them, so the next open reads again.
      return { data, lastContactByClient: await lastContactByClient(db) };
    },
  };
}
