import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { AnalyticsData } from '../../domain/analytics/AnalyticsData';

/** The table holding the change counter of the tables analytics read (one row). */
export const ANALYTICS_CHANGES_TABLE = 'analyticsChanges';

/**
 * The counter's row. `epoch` is drawn when the row is first written, so a store deleted and made
 * again never repeats a stamp figures were kept under; `count` grows with each writing transaction,
 * `records` with each one that writes more than history (absent in rows counted before it was).
 */
export type AnalyticsChangesRow = { id: 'analytics'; epoch: string; count: number; records?: number };

export const ANALYTICS_CHANGES_ID = 'analytics';

/** The tables a snapshot of the store for analytics reads (AnalyticsData's). */
export const snapshotTables = ['clients', 'deals', 'invoices', 'payments', 'history', 'plannedContacts', 'campaigns', 'products', 'members', 'serviceCases'] as const satisfies readonly (keyof AnalyticsData)[];

/** The tables whose writes the counter counts: the snapshot's, and the head of sales' settings beside them. */
const analyticsTables: readonly string[] = [...snapshotTables, 'analyticsSettings'];

/** A stamp of the tables' state: equal stamps mean no write to them committed in between. Null before any counted write. */
export const stampOf = (row: AnalyticsChangesRow | undefined): string | null => (row ? `${row.epoch}:${row.count}` : null);

/** Both stamps of one reading of the counter. */
export type ChangeStamps = { all: string | null; records: string | null };

/**
 * A stamp of the tables but history: equal stamps mean only history was written in between, which
 * analytics' first read takes from the latest-contact tables alone (lastContacts.ts).
 */
export const recordsStampOf = (row: AnalyticsChangesRow | undefined): string | null => (row?.records === undefined ? null : `${row.epoch}:r${row.records}`);

const newEpoch = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Counts the writes to the tables analytics read, in IndexedDB: every readwrite transaction over
 * one of them also takes the counter's table and bumps its row once, so the count commits (or
 * aborts) with the write itself. Local edits, sync pulls, imports and seeding all reach IndexedDB
 * through Dexie, so they all pass here — in the pane, another tab or a worker alike. Kept analytics
 * figures carry the stamp they were computed at, and a pane start that finds it unchanged shows
 * them as they are instead of reading the store again.
 */
export function analyticsChangeCounter(): Middleware<DBCore> {
  const watched: ReadonlySet<string> = new Set(analyticsTables);
  return {
    stack: 'dbcore',
    name: 'analyticsChangeCounter',
    create(down) {
      // Per transaction: whether it counted as a write beyond history yet, and its last bump (the next one follows it).
      const bumped = new WeakMap<DBCoreTransaction, { records: boolean; done: Promise<void> }>();
      const bump = (trans: DBCoreTransaction, table: string): Promise<void> => {
        const before = bumped.get(trans);
        const records = table !== 'history';
        if (before && (before.records || !records)) return before.done;
        const done = (before?.done ?? Promise.resolve()).then(async () => {
          const counter = down.table(ANALYTICS_CHANGES_TABLE);
          const row = (await counter.get({ trans, key: ANALYTICS_CHANGES_ID })) as AnalyticsChangesRow | undefined;
          const count = (row?.count ?? 0) + (before ? 0 : 1);
          // A row counted before `records` was starts it from its count: no stamp taken then can match.
          const next: AnalyticsChangesRow = { id: ANALYTICS_CHANGES_ID, epoch: row?.epoch ?? newEpoch(), count, records: (row?.records ?? row?.count ?? 0) + (records ? 1 : 0) };
          await counter.mutate({ type: 'put', trans, values: [next] });
        });
        bumped.set(trans, { records: before?.records || records, done });
        return done;
      };
      const counted = (table: DBCoreTable): DBCoreTable => ({
        ...table,
        async mutate(req: DBCoreMutateRequest) {
          const [result] = await Promise.all([table.mutate(req), bump(req.trans, table.name)]);
          return result;
        },
      });
      return {
        ...down,
        transaction(stores, mode, options) {
          const widened = mode === 'readwrite' && stores.some((s) => watched.has(s)) && !stores.includes(ANALYTICS_CHANGES_TABLE) ? [...stores, ANALYTICS_CHANGES_TABLE] : stores;
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          return watched.has(name) ? counted(table) : table;
        },
      };
    },
  };
}
