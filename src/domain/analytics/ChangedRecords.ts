import type { AnalyticsData } from './AnalyticsData';

type Tables = Exclude<keyof AnalyticsData, 'history' | 'dealStages'>;

/**
 * The records written since a snapshot was read, per table: the ids written, and the records with
 * those ids now (an id without one was deleted). History is not among them: a snapshot holds the
 * latest contacts instead, read again with them; nor are the deal stages, read whole every time.
 */
export type ChangedRecords = { [T in Tables]?: { ids: ReadonlySet<string>; records: AnalyticsData[T] } };

/**
 * The snapshot with the changes applied: each table as a whole read would give it now, in id order
 * (the store's key order: a read lists a table so, and the figures list records in that order).
 */
export function withChangedRecords(data: AnalyticsData, changes: ChangedRecords): AnalyticsData {
  const patched: AnalyticsData = { ...data };
  for (const table of Object.keys(changes) as Tables[]) {
    const { ids, records } = changes[table]!;
    const kept = (data[table] as { id: string }[]).filter((record) => !ids.has(record.id));
    (patched[table] as { id: string }[]) = mergedById(kept, [...(records as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  }
  return patched;
}

/** Two lists in id order as one in id order. */
function mergedById<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(a[i]!.id <= b[j]!.id ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}
