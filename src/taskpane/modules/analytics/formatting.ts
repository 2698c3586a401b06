import type { Period } from '../../../app/analyticsTypes';
import { currencySymbol, minorDigits } from '../../../domain/model/Money';
import { formatShare } from '../../ui/formatShare';

// Made once per locale and kind: a dashboard formats hundreds of cells, and making an Intl
// formatter costs far more than formatting with one (most of a render's time in a profile).
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) formatters.set(key, (found = make()));
  return found;
}

const digitsOf = new Map<string, number>();
/** Digits in a currency's minor unit (2 for UAH, 0 for JPY), worked out once per currency. */
export function currencyDigits(currency: string): number {
  let digits = digitsOf.get(currency);
  if (digits === undefined) digitsOf.set(currency, (digits = minorDigits(currency)));
  return digits;
}

/** Totals per currency joined for one tile: "₴12,400.00 · €300.00"; an em dash when there are none. */
export function formatTotals(totals: readonly { currency: string; minor: number }[], locale: string): string {
  if (!totals.length) return '—';
  return totals
    .map(({ currency, minor }) => {
      const digits = currencyDigits(currency);
      return cached(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })).format(minor / 10 ** digits);
    })
    .join(' · ');
}

/** The time of day figures were computed at, as the user's locale writes it: "09:12". */
/** A chart's title with the currency its amounts are in, as amounts name it: "Received by month, грн". */
export function titleInCurrency(title: string, currency: string | null | undefined, locale: string): string {
  return currency ? `${title}, ${currencySymbol(currency, locale)}` : title;
}

export function formatTime(iso: string, locale: string): string {
  return cached(`time|${locale}`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })).format(new Date(iso));
}

/** "12 · 42.9%": a count and its share, kept on one line in a narrow column. */
export function formatCountShare(count: number, share: number, locale: string): string {
  return `${formatNumber(count, locale)}\u00a0·\u00a0${formatShare(share, locale)}`;
}

export function formatNumber(value: number, locale: string, digits = 0): string {
  return cached(`number|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })).format(value);
}

/** A chart axis' amount, short: "1.2M", "12K" (in Ukrainian "1,2 млн"). */
export function formatCompact(value: number, locale: string): string {
  return cached(`compact|${locale}`, () => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })).format(value);
}

/** '2026-05' → 'May 2026' (short), in the user's language. */
export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return cached(`month|${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })).format(Date.UTC(y, m - 1, 1));
}

/**
 * '2026-10' → 'October 2026', «жовтень 2026»: a month standing alone, as a picker lists it. Intl
 * may write the month of "month and year" in the genitive with "р." («жовтня 2026 р.» in some
 * engines): the month alone is the nominative, put where the locale puts the month.
 */
export function formatMonthName(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const date = Date.UTC(y, m - 1, 1);
  const name = cached(`monthName|${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })).format(date);
  const parts = cached(`monthYear|${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })).formatToParts(date);
  return parts.flatMap((p) => (p.type === 'month' ? [name] : p.type === 'year' ? [p.value] : [])).join(' ');
}

export const periodPresets = ['periodMonth', 'periodLastMonth', 'periodQuarter', 'periodYear', 'periodLast12'] as const;
export type PeriodPreset = (typeof periodPresets)[number];
/** The period the user picked: a preset, which moves with the day, or days of their own. */
export type PeriodChoice = { preset: PeriodPreset } | { preset: 'custom'; period: Period };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The calendar days a preset covers, as of today (yyyy-mm-dd). */
export function periodFor(preset: PeriodPreset, today: string): Period {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const monthEnd = iso(new Date(Date.UTC(y, m, 0)));
  switch (preset) {
    case 'periodMonth':
      return { from: `${today.slice(0, 7)}-01`, to: monthEnd };
    case 'periodLastMonth':
      return { from: iso(new Date(Date.UTC(y, m - 2, 1))), to: iso(new Date(Date.UTC(y, m - 1, 0))) };
    case 'periodQuarter':
      return { from: iso(new Date(Date.UTC(y, m - 3, 1))), to: monthEnd };
    case 'periodYear':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    case 'periodLast12':
      return { from: iso(new Date(Date.UTC(y, m - 12, 1))), to: monthEnd };
  }
}

export function periodOf(choice: PeriodChoice, today: string): Period {
  return choice.preset === 'custom' ? choice.period : periodFor(choice.preset, today);
}
