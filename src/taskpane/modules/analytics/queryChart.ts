import { chartCurrencies } from './chartCurrencies';
import { currencyDigits } from './formatting';

type Row = { currency: string | null; values: readonly (number | null)[]; ids: { count: number } };

/** What a query's first measure is, for its chart. */
export type ChartedMeasure = 'share' | 'money' | 'number';

/** The bars of a query's chart, and the currency they are in when they are amounts. */
export type QueryChart<R> = { currencies: string[]; currency: string | null; bars: { row: R; value: number }[] };

/**
 * The bars a query's chart draws from its first measure: shares as percentages (0–100), other
 * figures as they are, and amounts in one currency only, `picked` or else the one with the most
 * records (see chartCurrencies), in whole units of that currency (a yen has no minor unit, a
 * hryvnia 100 kopecks, a dinar 1000 fils). At most `most` bars.
 */
export function queryChart<R extends Row>(rows: readonly R[], measure: ChartedMeasure, picked: string | null, most = 24): QueryChart<R> {
  const value = (r: R) => r.values[0] ?? 0;
  if (measure !== 'money') return { currencies: [], currency: null, bars: rows.slice(0, most).map((row) => ({ row, value: measure === 'share' ? value(row) * 100 : value(row) })) };
  const currencies = chartCurrencies(rows);
  const currency = picked && currencies.includes(picked) ? picked : (currencies[0] ?? null);
  const unit = currency ? 10 ** currencyDigits(currency) : 1;
  const inCurrency = rows.filter((r) => r.currency === currency).slice(0, most);
  return { currencies, currency, bars: inCurrency.map((row) => ({ row, value: value(row) / unit })) };
}
