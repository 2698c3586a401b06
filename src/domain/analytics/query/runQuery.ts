import type { AnalyticsIndex } from '../AnalyticsIndex';
import { minorDigits } from '../../model/Money';
import { conditionNumber, isFilterGroup, type Condition, type FilterGroup, type GroupBy, type Query, type TimeBucket } from './Query';
import { fieldOf, recordsOf, type QueryField } from './queryFields';
import { UnknownQueryFieldError } from './UnknownQueryFieldError';

/**
 * One line of the result: the group's keys (one per group-by, '' for an empty value), the currency
 * when the query measures money (money is never summed across currencies, so such rows split per
 * currency), the measures in query order (money in minor units; null when there is nothing to
 * average), and the ids of the records in the group.
 */
export type QueryResultRow = { keys: string[]; currency: string | null; values: (number | null)[]; ids: string[] };
export type QueryResult = { rows: QueryResultRow[]; total: number };

type Rec = { id: string };

export function runQuery(index: AnalyticsIndex, query: Query): QueryResult {
  const kind = query.records;
  const need = (key: string): QueryField => {
    const f = fieldOf(kind, key);
    if (!f) throw new UnknownQueryFieldError(kind, key);
    return f;
  };
  const currencyField = fieldOf(kind, 'currency');
  const digits = new Map<string, number>();
  const scaleOf = (currency: string) => {
    let d = digits.get(currency);
    if (d === undefined) digits.set(currency, (d = minorDigits(currency)));
    return 10 ** d;
  };
  const matches = compileFilter(query.filter, need, (r) => scaleOf(String(currencyField?.get(r as never, index) ?? 'UAH')), index);
  const groupFields = query.groupBy.map((g) => ({ g, f: need(g.field) }));
  const measureFields = query.measures.map((m) => (m.field ? need(m.field) : null));
  const byCurrency = currencyField !== undefined && measureFields.some((f) => f?.type === 'money');

  const groups = new Map<string, { keys: string[]; currency: string | null; records: Rec[] }>();
  let total = 0;
  for (const r of recordsOf(index, kind)) {
    if (!matches(r)) continue;
    total += 1;
    const keys = groupFields.map(({ g, f }) => keyOf(f.get(r as never, index), g));
    const currency = byCurrency ? String(currencyField.get(r as never, index)) : null;
    const groupKey = `${keys.join('\u0000')}\u0001${currency ?? ''}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { keys, currency, records: [] }));
    group.records.push(r);
  }
  const rows = [...groups.values()].map((g): QueryResultRow => ({
    keys: g.keys,
    currency: g.currency,
    ids: g.records.map((r) => r.id),
    values: query.measures.map((m, i) => {
      if (m.kind === 'count') return g.records.length;
      if (m.kind === 'share') return total ? g.records.length / total : 0;
      const f = measureFields[i]!;
      const numbers = g.records.map((r) => f.get(r as never, index)).filter((v): v is number => typeof v === 'number');
      return aggregate(m.kind, numbers, f.type === 'money');
    }),
  }));
  rows.sort((a, b) => compareKeys(a.keys, b.keys) || (a.currency ?? '').localeCompare(b.currency ?? ''));
  return { rows, total };
}

function aggregate(kind: 'sum' | 'avg' | 'median', values: number[], money: boolean): number | null {
  const round = (v: number) => (money ? Math.round(v) : v);
  if (kind === 'sum') return values.reduce((a, b) => a + b, 0);
  if (!values.length) return null;
  if (kind === 'avg') return round(values.reduce((a, b) => a + b, 0) / values.length);
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function keyOf(value: string | number, group: GroupBy): string {
  const text = String(value);
  if (!group.bucket || !text) return text;
  return bucketOf(text, group.bucket);
}

/** 2026-05-14 → '2026-05' (month), '2026-Q2' (quarter), '2026' (year). */
export function bucketOf(isoDate: string, bucket: TimeBucket): string {
  if (bucket === 'year') return isoDate.slice(0, 4);
  if (bucket === 'month') return isoDate.slice(0, 7);
  return `${isoDate.slice(0, 4)}-Q${Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1}`;
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = (a[i] ?? '').localeCompare(b[i] ?? '', undefined, { numeric: true });
    if (c) return c;
  }
  return 0;
}

function compileFilter(group: FilterGroup, need: (key: string) => QueryField, scaleOf: (r: Rec) => number, index: AnalyticsIndex): (r: Rec) => boolean {
  const parts = group.items.map((item) => (isFilterGroup(item) ? compileFilter(item, need, scaleOf, index) : compileCondition(item, need(item.field), scaleOf, index)));
  if (!parts.length) return () => true;
  return group.join === 'and' ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
}

function compileCondition(c: Condition, f: QueryField, scaleOf: (r: Rec) => number, index: AnalyticsIndex): (r: Rec) => boolean {
  const read = (r: Rec) => f.get(r as never, index);
  if (c.op === 'empty') return (r) => read(r) === '';
  if (c.op === 'notEmpty') return (r) => read(r) !== '';
  if (f.type === 'number' || f.type === 'money') {
    const target = conditionNumber(c.value);
    const scaled = f.type === 'money' ? (r: Rec) => Math.round(target * scaleOf(r)) : () => target;
    return (r) => {
      const v = read(r);
      return typeof v === 'number' && compare(v, scaled(r), c.op);
    };
  }
  const target = c.value.toLocaleLowerCase();
  if (c.op === 'contains') return (r) => String(read(r)).toLocaleLowerCase().includes(target);
  if (f.type === 'date') return (r) => read(r) !== '' && compare(String(read(r)), c.value, c.op);
  return (r) => compare(String(read(r)).toLocaleLowerCase(), target, c.op);
}

function compare<T extends string | number>(a: T, b: T, op: Condition['op']): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'neq':
      return a !== b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    default:
      return false;
  }
}
