import type { AnalyticsIndex } from './AnalyticsIndex';
import { addRecordToTotals, minorIn, type CurrencyTotal } from './CurrencyTotal';
import { positionsOf } from './OwnedPositions';
import { dayKey, dayRangeOf, inDayRange, monthsOf } from './Period';
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
  const range = dayRangeOf(scope.period);
  const months = monthsOf(scope.period).map((month): MonthResult => ({ month, wonIds: [], received: [] }));
  const monthOfDay = monthFinder(months);
  const { deals, payments } = index;
  for (const i of positionsOf(deals.won, scope.owner)) {
    const day = deals.closedDay[i]!;
    if (inDayRange(range, day)) monthOfDay(day)?.wonIds.push(deals.id[i]!);
  }
  const currencies = new Set<string>();
  for (const i of positionsOf(payments.all, scope.owner)) {
    const day = payments.day[i]!;
    if (!inDayRange(range, day)) continue;
    const month = monthOfDay(day);
    if (!month) continue;
    addRecordToTotals(month.received, payments.currency[i]!, payments.amountMinor[i]!, payments.id[i]!);
    currencies.add(payments.currency[i]!);
  }
  const stability = [...currencies].sort().map((currency) => stabilityOf(currency, months.map((m) => minorIn(m.received, currency))));
  return { months, stability };
}

/** The month (of those listed, consecutive yyyy-mm) a day key falls in, if any. */
function monthFinder(months: readonly MonthResult[]): (day: number) => MonthResult | undefined {
  const first = months.length ? dayKey(`${months[0]!.month}-01`) : NaN;
  const firstMonth = Math.floor(first / 10_000) * 12 + (Math.floor(first / 100) % 100);
  return (day) => {
    const month = Math.floor(day / 100) % 100;
    if (month < 1 || month > 12) return undefined;
    return months[Math.floor(day / 10_000) * 12 + month - firstMonth];
  };
}

function stabilityOf(currency: string, values: number[]): Stability {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return { currency, meanMinor: Math.round(mean), coefficientOfVariation: mean === 0 ? 0 : Math.sqrt(variance) / mean };
}
