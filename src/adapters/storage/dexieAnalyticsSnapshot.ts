import Dexie, { type Table } from 'dexie';
import { emptyAnalyticsData, type AnalyticsData } from '../../domain/analytics/AnalyticsData';

/**
 * One pack of a table's records in the kept snapshot, as JSON; the `meta` row instead names the
 * records stamp they were read at, and the store's schema version then (an upgrade may rewrite
 * records outside the journal).
 */
type PackRow = { key: [string, number]; json?: string; stamp?: string; storeVersion?: number };

const META: [string, number] = ['meta', 0];
// Records per row: Chromium's IndexedDB costs about 6 µs a row however small, and a row of
// thousands of records reads in a fraction of the time their own rows take. As JSON, since
// IndexedDB clones one string far faster than an object graph, and JSON.parse builds the records
// faster than the clone did (a probe: 50k deals in 0.27 s against 0.43 s as objects).
const PACK = 2_000;

class SnapshotDb extends Dexie {
  packs!: Table<PackRow, [string, number]>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ packs: 'key' });
  }
}

/** A snapshot kept on this device: the records (no history) and the records stamp they were read at. */
export type KeptSnapshot = { records: string; data: () => Promise<AnalyticsData> };

/**
 * The records analytics last read whole from one store (history left out), kept in a database of
 * their own beside it (`<store>-analytics-snapshot`) a few records to a row, so the next worker
 * started on this device reads them in a fraction of the time and only what the journal says was
 * written since from the store. A cache of the store's own records on the same device: an erasure
 * clears it, as it does the kept answers.
 */
export function dexieAnalyticsSnapshot(dbName: string) {
  const db = new SnapshotDb(`${dbName}-analytics-snapshot`);
  return {
    /** The records stamp of the records kept from the store at `storeVersion`, and a read of them; null when none are. */
    async kept(storeVersion: number): Promise<KeptSnapshot | null> {
      const meta = await db.packs.get(META);
      return meta?.stamp && meta.storeVersion === storeVersion ? { records: meta.stamp, data: () => readData() } : null;
    },
    /** Keeps `data` (no history entries) as read at the records stamp `records` from the store at `storeVersion`, in place of the last. */
    async keep(records: string, storeVersion: number, data: AnalyticsData): Promise<void> {
      const rows: PackRow[] = [{ key: META, stamp: records, storeVersion }];
      for (const [table, list] of Object.entries(data) as [string, unknown[]][]) {
        // The deal stages are read from the store with every read.
        if (table === 'history' || table === 'dealStages') continue;
        for (let i = 0; i < list.length; i += PACK) rows.push({ key: [table, i / PACK], json: JSON.stringify(list.slice(i, i + PACK)) });
      }
      await db.transaction('rw', db.packs, async () => {
        await db.packs.clear();
        await db.packs.bulkPut(rows);
      });
    },
    /** Every kept record: an erased person's may be among them. */
    async clear(): Promise<void> {
      await db.packs.clear();
    },
  };

  async function readData(): Promise<AnalyticsData> {
    const data = emptyAnalyticsData();
    const lists = data as Record<string, unknown[]>;
    for (const row of await db.packs.toArray()) {
      const list = lists[row.key[0]];
      if (list && row.json) for (const record of JSON.parse(row.json) as unknown[]) list.push(record);
    }
    return data;
  }
}
