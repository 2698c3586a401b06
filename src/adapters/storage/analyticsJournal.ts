import type { DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable } from 'dexie';

/**
 * The table noting which records each counted transaction wrote beyond history, so that a reader
 * holding the records of an earlier count reads only those again (analyticsChangeCounter writes it).
 */
export const ANALYTICS_JOURNAL_TABLE = 'analyticsJournal';

/**
 * One write of one transaction: `records` is the counter's `records` that transaction set, `part`
 * its writes in order; `keys` are the keys written (put, added or deleted), null when the write
 * emptied a range of the table, which only a whole read can follow.
 */
export type AnalyticsJournalRow = { records: number; part: number; table: string; keys: string[] | null };

/** Rows older than this many counted transactions are dropped: a reader that far behind reads everything. */
export const JOURNAL_KEEPS = 2_000;
/** How often (in counted transactions) the old rows are dropped. */
export const JOURNAL_PRUNED_EVERY = 200;

// DBCoreRangeType is a const enum, which isolated modules cannot read from Dexie's typings.
const RANGE = 2 as DBCoreKeyRange['type'];

/** The rows of transactions counted before `records` (a journal key is [records, part]). */
export const journalBefore = (records: number): DBCoreKeyRange => ({ type: RANGE, lower: -Infinity, upper: [records], upperOpen: true });

/** The keys a write names, or null when it names a range. */
export function keysWritten(table: DBCoreTable, req: DBCoreMutateRequest): string[] | null {
  if (req.type === 'deleteRange') return null;
  if (req.type === 'delete') return req.keys.map(String);
  if (req.keys) return req.keys.map(String);
  const extract = table.schema.primaryKey.extractKey;
  return extract ? req.values.map((value) => String(extract(value))) : null;
}

/** What changed since a count: the keys written per table, or null when the journal cannot tell (a range emptied, or rows dropped). */
export type JournalChanges = Map<string, Set<string>> | null;

/** The changes the rows after `since` (up to `upTo`, the counter's records now) tell, when there is a row for every count between. */
export function changesOf(rows: readonly AnalyticsJournalRow[], since: number, upTo: number): JournalChanges {
  const counts = new Set<number>();
  const changes = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.records <= since) continue;
    if (row.keys === null) return null;
    counts.add(row.records);
    let keys = changes.get(row.table);
    if (!keys) changes.set(row.table, (keys = new Set()));
    for (const key of row.keys) keys.add(key);
  }
  for (let n = since + 1; n <= upTo; n++) if (!counts.has(n)) return null;
  return changes;
}
