import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { AnalyticsData } from '../../domain/analytics/AnalyticsData';
import { ANALYTICS_JOURNAL_TABLE, JOURNAL_KEEPS, JOURNAL_PRUNED_EVERY, journalBefore, keysWritten, type AnalyticsJournalRow } from './analyticsJournal';

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

/** The picklists, whose deal stages order the pipeline's figures. */
export const REFERENCE_ITEMS_TABLE = 'referenceItems';

/** The tables whose writes the counter counts: the snapshot's, and the head of sales' settings and the picklists beside them. */
const analyticsTables: readonly string[] = [...snapshotTables, 'analyticsSettings', REFERENCE_ITEMS_TABLE];

/** A stamp of the tables' state: equal stamps mean no write to them committed in between. Null before any counted write. */
export const stampOf = (row: AnalyticsChangesRow | undefined): string | null => (row ? `${row.epoch}:${row.count}` : null);

/** Both stamps of one reading of the counter. */
export type ChangeStamps = { all: string | null; records: string | null };

/**
 * A stamp of the tables but history: equal stamps mean only history was written in between, which
 * analytics' first read takes from the latest-contact tables alone (lastContacts.ts).
 */
export const recordsStampOf = (row: AnalyticsChangesRow | undefined): string | null => (row?.records === undefined ? null : `${row.epoch}:r${row.records}`);

/** The `records` count a records stamp was taken at, when `row` (the counter now) is of the same epoch. */
export function countOf(stamp: string, row: AnalyticsChangesRow | undefined): number | null {
  const match = /^(.*):r(\d+)$/.exec(stamp);
  return match && row?.epoch === match[1] ? Number(match[2]) : null;
}

const newEpoch = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Counts the writes to the tables analytics read, in IndexedDB: every readwrite transaction over
 * one of them also takes the counter's table and bumps its row once, so the count commits (or
 * aborts) with the write itself. Local edits, sync pulls, imports and seeding all reach IndexedDB
 * through Dexie, so they all pass here — in the pane, another tab or a worker alike. Kept analytics
 * figures carry the stamp they were computed at, and a pane start that finds it unchanged shows
 * them as they are instead of reading the store again. Each write beyond history also notes the
 * keys it wrote in the journal (analyticsJournal.ts) under the count its transaction set, so the
 * analytics worker holding the records of an earlier count reads only those again.
 */
export function analyticsChangeCounter(): Middleware<DBCore> {
  const watched: ReadonlySet<string> = new Set(analyticsTables);
  return {
    stack: 'dbcore',
    name: 'analyticsChangeCounter',
    create(down) {
      // Per transaction: whether it was counted yet, and as a write beyond history; the `records`
      // count it set and its journal rows so far; the last step (the next one follows it).
      type Counted = { counted: boolean; records: boolean; count: number; parts: number; done: Promise<void> };
      const counting = new WeakMap<DBCoreTransaction, Counted>();
      const note = (trans: DBCoreTransaction, table: string, keys: string[] | null): Promise<void> => {
        let state = counting.get(trans);
        if (!state) counting.set(trans, (state = { counted: false, records: false, count: 0, parts: 0, done: Promise.resolve() }));
        const records = table !== 'history';
        const firstCount = !state.counted;
        const firstRecords = records && !state.records;
        if (!firstCount && !records) return state.done;
        state.counted = true;
        state.records ||= records;
        const counted = state;
        const part = records ? counted.parts++ : 0;
        counted.done = counted.done.then(async () => {
          // Found when used: a store being upgraded has neither table until its new version is made.
          const counter = down.table(ANALYTICS_CHANGES_TABLE);
          const journal = down.table(ANALYTICS_JOURNAL_TABLE);
          if (firstCount || firstRecords) {
            const row = (await counter.get({ trans, key: ANALYTICS_CHANGES_ID })) as AnalyticsChangesRow | undefined;
            // A row counted before `records` was starts it from its count: no stamp taken then can match.
            const next: AnalyticsChangesRow = { id: ANALYTICS_CHANGES_ID, epoch: row?.epoch ?? newEpoch(), count: (row?.count ?? 0) + (firstCount ? 1 : 0), records: (row?.records ?? row?.count ?? 0) + (firstRecords ? 1 : 0) };
            await counter.mutate({ type: 'put', trans, values: [next] });
            counted.count = next.records!;
            if (firstRecords && counted.count % JOURNAL_PRUNED_EVERY === 0) await journal.mutate({ type: 'deleteRange', trans, range: journalBefore(counted.count - JOURNAL_KEEPS) });
          }
          if (records) await journal.mutate({ type: 'put', trans, values: [{ records: counted.count, part, table, keys } satisfies AnalyticsJournalRow] });
        });
        return counted.done;
      };
      const counted = (table: DBCoreTable): DBCoreTable => ({
        ...table,
        async mutate(req: DBCoreMutateRequest) {
          const [result] = await Promise.all([table.mutate(req), note(req.trans, table.name, keysWritten(table, req))]);
          return result;
        },
      });
      return {
        ...down,
        transaction(stores, mode, options) {
          const counts = mode === 'readwrite' && stores.some((s) => watched.has(s));
          return down.transaction(counts ? [...new Set([...stores, ANALYTICS_CHANGES_TABLE, ANALYTICS_JOURNAL_TABLE])] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          return watched.has(name) ? counted(table) : table;
        },
      };
    },
  };
}
