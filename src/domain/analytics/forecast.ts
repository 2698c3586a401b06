import type { AnalyticsIndex } from './AnalyticsIndex';
import { addRecordToTotals, percentOfMinor, type CurrencyTotal } from './CurrencyTotal';
import { positionsOf } from './OwnedPositions';
import { monthOf } from './Period';
import type { Scope } from './Scope';

/**
 * What open deals should bring, by expected close month: amount × probability, each deal rounded
 * half-up to the minor unit before summing. Deals expected before the current month are gathered in
 * 'overdue' (their date has passed and they are still open); deals without a date in 'undated'.
 */
export type ForecastMonth = { month: string | 'overdue' | 'undated'; weighted: CurrencyTotal[]; pipeline: CurrencyTotal[] };

export function forecast(index: AnalyticsIndex, scope: Scope): ForecastMonth[] {
  const thisMonth = monthOf(scope.today);
  const byKey = new Map<string, ForecastMonth>();
  for (const i of positionsOf(index.deals.open, scope.owner)) {
    const d = index.data.deals[i]!;
    const key = !d.expectedCloseDate ? 'undated' : monthOf(d.expectedCloseDate) < thisMonth ? 'overdue' : monthOf(d.expectedCloseDate);
    let row = byKey.get(key);
    if (!row) byKey.set(key, (row = { month: key, weighted: [], pipeline: [] }));
    addRecordToTotals(row.weighted, d.currency, percentOfMinor(d.amountMinor, d.probability), d.id);
    addRecordToTotals(row.pipeline, d.currency, d.amountMinor, d.id);
  }
  const rank = (m: string) => (m === 'overdue' ? '0' : m === 'undated' ? '9' : `1${m}`);
  return [...byKey.values()].sort((a, b) => rank(a.month).localeCompare(rank(b.month)));
}
