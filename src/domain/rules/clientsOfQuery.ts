import type { AnalyticsData } from '../analytics/AnalyticsData';
import { indexAnalytics } from '../analytics/AnalyticsIndex';
import type { Query } from '../analytics/query/Query';
import { recordsOf } from '../analytics/query/queryFields';
import { runQuery } from '../analytics/query/runQuery';

/**
 * The clients a saved query points at, for a mailing's audience: the clients it finds, or the
 * clients of the deals, History entries, payments or service cases it finds. The filter is
 * evaluated by the analytics' own engine, so a query means the same here as on its table; its
 * grouping and measures say nothing about who matches and are left out (a grouping by a field
 * that no longer exists must not stop the mailing).
 */
export function clientsOfQuery(data: AnalyticsData, query: Query): Set<string> {
  const index = indexAnalytics(data);
  const result = runQuery(index, { records: query.records, filter: query.filter, groupBy: [], measures: [{ kind: 'count' }] });
  const found = new Set(result.rows.flatMap((row) => row.ids));
  const clients = new Set<string>();
  for (const record of recordsOf(index, query.records)) {
    if (found.has(record.id)) clients.add(record.clientId ?? record.id);
  }
  return clients;
}
