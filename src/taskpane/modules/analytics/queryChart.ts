import { chartCurrencies } from './chartCurrencies';
import { currencyDigits } from './formatting';

type Row = { keys: readonly string[]; currency: string | null; values: readonly (number | null)[]; ids: { count: number } };

/**
 * What a query's first measure is, for its chart: a share, an amount, a figure that adds up (a
 * count, a sum of numbers) or one that does not (an average, a median).
 */
export type ChartedMeasure = 'share' | 'money' | 'number' | 'average';

/**
 * The bars of a query's chart, and the currency they are in when they are amounts. A bar may stand
 * for several rows of the table: the same group's rows in each currency, when the figure adds up.
 * `groups` is how many bars there would be without the limit.
 */
export type QueryChart<R> = { currencies: string[]; currency: string | null; groups: number; bars: { rows: R[]; value: number }[] };

/**
 * The bars a query's chart draws from its first measure: shares as percentages (0–100), other
 * figures as they are, and amounts in one currency only, `picked` or else the one with the most
 * records (see chartCurrencies), in whole units of that currency (a yen has no minor unit, a
 * hryvnia 100 kopecks, a dinar 1000 fils).
 *
 * A query that measures money splits its rows per currency, but a count does not care which
 * currency its deals are in: counts, shares and sums of numbers are added up per group, where each
 * currency's row had a bar of its own labelled "(UAH)". An average cannot be added up: its bars stay per currency.
 *
 * At most `most` bars: the largest, drawn in the table's order (months stay in time order). The
 * table's first `most` left a long result's largest groups out of the chart.
 */
export function queryChart<R extends Row>(rows: readonly R[], measure: ChartedMeasure, picked: string | null, most = 24): QueryChart<R> {
  const value = (r: R) => r.values[0] ?? 0;
  if (measure !== 'money') {
    const bars = measure === 'average' ? rows.map((row) => ({ rows: [row], value: value(row) })) : addedUp(rows, value);
    return { currencies: [], currency: null, groups: bars.length, bars: largest(bars, most).map((b) => (measure === 'share' ? { ...b, value: b.value * 100 } : b)) };
  }
  const currencies = chartCurrencies(rows);
  const currency = picked && currencies.includes(picked) ? picked : (currencies[0] ?? null);
  const unit = currency ? 10 ** currencyDigits(currency) : 1;
  const bars = rows.filter((r) => r.currency === currency).map((row) => ({ rows: [row], value: value(row) / unit }));
  return { currencies, currency, groups: bars.length, bars: largest(bars, most) };
}

function addedUp<R extends Row>(rows: readonly R[], value: (r: R) => number): { rows: R[]; value: number }[] {
  const groups = new Map<string, { rows: R[]; value: number }>();
  for (const row of rows) {
    const key = row.keys.join('\u0000');
    const group = groups.get(key);
    if (group) {
      group.rows.push(row);
      group.value += value(row);
    } else groups.set(key, { rows: [row], value: value(row) });
  }
  return [...groups.values()];
}

function largest<B extends { value: number }>(bars: readonly B[], most: number): B[] {
  if (bars.length <= most) return [...bars];
  const kept = new Set(bars.map((bar, at) => ({ bar, at })).sort((a, b) => b.bar.value - a.bar.value || a.at - b.at).slice(0, most).map(({ bar }) => bar));
  return bars.filter((bar) => kept.has(bar));
}
