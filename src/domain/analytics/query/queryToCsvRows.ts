import { minorToDecimalText } from '../../model/Money';
import type { Query } from './Query';
import type { QueryResultRow } from './runQuery';
import { fieldOf } from './queryFields';

/**
 * The result as a header and rows of text for a CSV file: group keys, the currency when money is
 * measured, each measure (money as a plain decimal, shares as fractions), and the record count.
 * Labels (the header, key display names) are given by the caller in the user's language.
 */
export function queryToCsvRows(query: Query, result: { rows: readonly Pick<QueryResultRow, 'keys' | 'currency' | 'values'>[] }, header: string[], label: (groupIndex: number, key: string) => string): string[][] {
  const money = query.measures.map((m) => (m.field ? fieldOf(query.records, m.field)?.type === 'money' : false));
  const hasCurrency = result.rows.some((r) => r.currency !== null);
  return [
    header,
    ...result.rows.map((r) => [
      ...r.keys.map((k, i) => label(i, k)),
      ...(hasCurrency ? [r.currency ?? ''] : []),
      ...r.values.map((v, i) => (v === null ? '' : money[i] && r.currency ? minorToDecimalText(v, r.currency) : String(v))),
    ]),
  ];
}
