import type { AnalyticsIndex } from './AnalyticsIndex';
import { recordsInScope } from './AnalyticsIndex';
import { addToTotals, minorIn, type CurrencyTotal } from './CurrencyTotal';
import { inPeriod, monthOf, monthsOf } from './Period';
import type { Scope } from './Scope';

export type MonthResult = { month: string; wonIds: string[]; received: CurrencyTotal[] };

/**
 * How stable a manager is: the coefficient of variation (population standard deviation ÷ mean) of
 * the monthly received revenue, per currency, over every month of the period — 0 means the same
 * money each month, 1 means the months swing by as much as the average. Null when nothing arrived.
 */
export type Stability = { currency: string; meanMinor: number; coefficientOfVariation: number };

export type MonthlyDynamics = { months: MonthResult[]; stability: Stability[] };

export function monthlyDynamics(index: AnalyticsIndex, scope: Scope): MonthlyDynamics {
  const months = monthsOf(scope.period).map((month): MonthResult => ({ month, wonIds: [], received: [] }));
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (const d of recordsInScope(index, scope, 'deals')) {
    if (d.status === 'won' && inPeriod(scope.period, d.closedAt)) byMonth.get(monthOf(d.closedAt))?.wonIds.push(d.id);
  }
  const currencies = new Set<string>();
  for (const p of recordsInScope(index, scope, 'payments')) {
    if (!inPeriod(scope.period, p.date)) continue;
    const month = byMonth.get(monthOf(p.date));
    if (!month) continue;
    addToTotals(month.received, p.currency, p.amountMinor, p.id);
    currencies.add(p.currency);
  }
  const stability = [...currencies].sort().map((currency) => stabilityOf(currency, months.map((m) => minorIn(m.received, currency))));
  return { months, stability };
}

function stabilityOf(currency: string, values: number[]): Stability {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return { currency, meanMinor: Math.round(mean), coefficientOfVariation: mean === 0 ? 0 : Math.sqrt(variance) / mean };
}
