import Dexie from 'dexie';
import type { AnalyticsData } from '../../domain/analytics/AnalyticsData';
import type { AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import { ClientbookDb } from './ClientbookDb';
import { DexieAnalyticsStore } from './DexieAnalyticsStore';

// The tables a snapshot reads (AnalyticsData's), and the settings beside them.
const snapshotTables = ['clients', 'deals', 'invoices', 'payments', 'history', 'plannedContacts', 'campaigns', 'products', 'members', 'serviceCases'] as const satisfies readonly (keyof AnalyticsData)[];
const watched = [...snapshotTables, 'analyticsSettings'];

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
 * The analytics worker's view of the store: its own connection, and a count of the writes to the
 * tables analytics read. Dexie reports every committed write, made in this worker or in any tab,
 * frame or worker of the origin (BroadcastChannel), so the count moves whenever the pane writes.
 * A read `since` a day leaves out the older history entries (two thirds of a big store's bytes).
 */
export function dexieAnalyticsSource(dbName: string): {
  changes(): number;
  settings(): Promise<AnalyticsSettings | undefined>;
  read(since: string | null): Promise<{ data: AnalyticsData; lastContactByClient: Map<string, string> | null }>;
} {
  const db = new ClientbookDb(dbName);
  const store = new DexieAnalyticsStore(db);
  const prefixes = watched.map((table) => `idb://${dbName}/${table}/`);
  let changes = 0;
  Dexie.on('storagemutated', (parts) => {
    // 'all' comes when a page returns from the back-forward cache: anything may have changed.
    if (Object.keys(parts).some((part) => part === 'all' || prefixes.some((p) => part.startsWith(p)))) changes += 1;
  });
  return {
    changes: () => changes,
    settings: () => store.settings(),
    async read(since) {
      if (since === null) return { data: await store.snapshot(), lastContactByClient: null };
      const data = await db.transaction('r', [...snapshotTables], async () => {
        const lists = await Promise.all(snapshotTables.map((table) => (table === 'history' ? db.history.where('at').aboveOrEqual(since) : db.table(table)).toArray()));
        return Object.fromEntries(snapshotTables.map((table, i) => [table, lists[i]])) as AnalyticsData;
      });
      // A write between the two reads moves the change count, so the next open reads again.
      return { data, lastContactByClient: await lastContactByClient(db) };
    },
  };
}
