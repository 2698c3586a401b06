import Dexie from 'dexie';
import type { AnalyticsData } from '../../domain/analytics/AnalyticsData';
import type { AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import { ClientbookDb } from './ClientbookDb';
import { DexieAnalyticsStore } from './DexieAnalyticsStore';

// The tables a snapshot reads, and the settings beside it.
const watched = ['clients', 'deals', 'invoices', 'payments', 'history', 'plannedContacts', 'campaigns', 'products', 'members', 'serviceCases', 'analyticsSettings'];

/**
 * The analytics worker's view of the store: its own connection, and a count of the writes to the
 * tables analytics read. Dexie reports every committed write, made in this worker or in any tab,
 * frame or worker of the origin (BroadcastChannel), so the count moves whenever the pane writes.
 */
export function dexieAnalyticsSource(dbName: string): { changes(): number; read(): Promise<{ data: AnalyticsData; settings: AnalyticsSettings | undefined }> } {
  const store = new DexieAnalyticsStore(new ClientbookDb(dbName));
  const prefixes = watched.map((table) => `idb://${dbName}/${table}/`);
  let changes = 0;
  Dexie.on('storagemutated', (parts) => {
    // 'all' comes when a page returns from the back-forward cache: anything may have changed.
    if (Object.keys(parts).some((part) => part === 'all' || prefixes.some((p) => part.startsWith(p)))) changes += 1;
  });
  return {
    changes: () => changes,
    read: async () => {
      const [data, settings] = await Promise.all([store.snapshot(), store.settings()]);
      return { data, settings };
    },
  };
}
