import { readDecimal } from '../../readDecimal';

/**
 * A question the user builds: which records, which filter, grouped by up to two fields (dates
 * in month, quarter or year buckets), and which measures. Plain data, so it can be saved and synced.
 */
export const queryRecordKinds = ['clients', 'deals', 'history', 'payments', 'cases'] as const;
export type QueryRecordKind = (typeof queryRecordKinds)[number];

export const operators = ['eq', 'neq', 'contains', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'] as const;
export type Operator = (typeof operators)[number];

/** A comparison on one field; numbers and money compare as numbers (money in major units, e.g. 1500.50), dates as yyyy-mm-dd. */
export type Condition = { field: string; op: Operator; value: string };

/** A condition's number as typed ("1 500,50" or "1500.50"); NaN when it is none, 0 when blank (conditionProblem says which). */
export function conditionNumber(value: string): number {
  return value.trim() === '' ? 0 : readDecimal(value);
}

/** Conditions joined by AND or OR; groups nest. */
export type FilterGroup = { join: 'and' | 'or'; items: (Condition | FilterGroup)[] };

export const timeBuckets = ['month', 'quarter', 'year'] as const;
export type TimeBucket = (typeof timeBuckets)[number];

export type GroupBy = { field: string; bucket?: TimeBucket };

export const measureKinds = ['count', 'sum', 'avg', 'median', 'share'] as const;
export type MeasureKind = (typeof measureKinds)[number];

/** count and share need no field; share is the group's count over all matching records (0..1). */
export type Measure = { kind: MeasureKind; field?: string };

export type Query = { records: QueryRecordKind; filter: FilterGroup; groupBy: GroupBy[]; measures: Measure[] };

export function isFilterGroup(item: Condition | FilterGroup): item is FilterGroup {
  return 'items' in item;
}

export function emptyQuery(records: QueryRecordKind = 'deals'): Query {
  return { records, filter: { join: 'and', items: [] }, groupBy: [], measures: [{ kind: 'count' }] };
}
