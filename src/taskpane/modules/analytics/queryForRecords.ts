import { emptyQuery, queryFields, type Query, type QueryRecordKind } from '../../../app/analyticsTypes';

/**
 * What of a query still applies to another kind of records, as a report builder keeps the filters
 * and groupings that still apply when a data source changes: the conditions, groupings and measures
 * on a field the other kind has alike (same key, type and list). A status is not carried: each kind
 * has its own statuses.
 */
export function queryForRecords(query: Query, records: QueryRecordKind): Query {
  const applies = (key: string | undefined) => {
    const from = queryFields[query.records].find((f) => f.key === key);
    const to = queryFields[records].find((f) => f.key === key);
    return !!from && !!to && from.type === to.type && from.source === to.source && from.source !== 'status';
  };
  const measures = query.measures.filter((m) => m.field === undefined || applies(m.field));
  return {
    records,
    filter: { join: query.filter.join, items: query.filter.items.filter((i) => !('items' in i) && applies(i.field)) },
    groupBy: query.groupBy.filter((g) => applies(g.field)),
    measures: measures.length > 0 ? measures : emptyQuery(records).measures,
  };
}
