/**
 * A reporting period: whole calendar days, both ends included (yyyy-mm-dd). Instants (closedAt, at)
 * are compared by their UTC date, so a figure never depends on the viewer's time zone.
 */
export type Period = { from: string; to: string };

/** The calendar date (yyyy-mm-dd) of an ISO date or instant. */
export function dayOf(isoDateOrInstant: string): string {
  return isoDateOrInstant.slice(0, 10);
}

/** The month (yyyy-mm) of an ISO date or instant. */
export function monthOf(isoDateOrInstant: string): string {
  return isoDateOrInstant.slice(0, 7);
}

export function inPeriod(period: Period, isoDateOrInstant: string): boolean {
  if (!isoDateOrInstant) return false;
  const day = dayOf(isoDateOrInstant);
  return day >= period.from && day <= period.to;
}

/** Every month the period touches, in order: 2026-01-15..2026-03-02 → 2026-01, 2026-02, 2026-03. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = monthOf(period.from).split('-').map(Number) as [number, number];
  const last = monthOf(period.to);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The calendar date of an ISO date or instant as a number that sorts as its text does
 * (2026-03-05… → 20260305), so a snapshot's dates are read once and compared as numbers; NaN when
 * the text does not start with yyyy-mm-dd.
 */
export function dayKey(isoDateOrInstant: string): number {
  if (isoDateOrInstant.charCodeAt(4) !== 45 || isoDateOrInstant.charCodeAt(7) !== 45) return NaN;
  const year = digitAt(isoDateOrInstant, 0) * 1000 + digitAt(isoDateOrInstant, 1) * 100 + digitAt(isoDateOrInstant, 2) * 10 + digitAt(isoDateOrInstant, 3);
  return year * 10_000 + (digitAt(isoDateOrInstant, 5) * 10 + digitAt(isoDateOrInstant, 6)) * 100 + digitAt(isoDateOrInstant, 8) * 10 + digitAt(isoDateOrInstant, 9);
}

function digitAt(text: string, i: number): number {
  const digit = text.charCodeAt(i) - 48;
  return digit >= 0 && digit <= 9 ? digit : NaN;
}

/** A period as day keys (see dayKey). */
export type DayRange = { from: number; to: number };

export function dayRangeOf(period: Period): DayRange {
  return { from: dayKey(period.from), to: dayKey(period.to) };
}

/** Whether a day key falls in the range; an unreadable date (NaN) is in none. */
export function inDayRange(range: DayRange, key: number): boolean {
  return key >= range.from && key <= range.to;
}

const DAY_MS = 86_400_000;
const dayCache = new Map<number, number>();

/** Milliseconds at UTC midnight of the date an ISO date or instant starts with; memoised, as a year has only 365 of them. */
function dayMs(iso: string): number {
  const key = dayKey(iso);
  if (key !== key) return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  let ms = dayCache.get(key);
  if (ms === undefined) {
    ms = Date.UTC(Math.floor(key / 10_000), (Math.floor(key / 100) % 100) - 1, key % 100);
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(key, ms);
  }
  return ms;
}

/**
 * An ISO date or instant in epoch milliseconds. Instants written by toISOString() (…Z) are read
 * field by field: Date.parse was the dashboard's costliest step with half a million of them.
 */
export function instantMs(iso: string): number {
  if (iso.length === 10) return dayMs(iso);
  if (iso.length === 24 && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(10) === 84 /* T */) {
    const hours = twoDigits(iso, 11);
    const minutes = twoDigits(iso, 14);
    const seconds = twoDigits(iso, 17);
    const millis = twoDigits(iso, 20) * 10 + iso.charCodeAt(22) - 48;
    return dayMs(iso) + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + millis;
  }
  return Date.parse(iso);
}

// Time fields are not checked as the date's are (digitAt): an instant past the Z and T tests was always read so.
function twoDigits(text: string, i: number): number {
  return (text.charCodeAt(i) - 48) * 10 + text.charCodeAt(i + 1) - 48;
}

/** Whole days from one date or instant to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.floor((instantMs(to) - instantMs(from)) / DAY_MS);
}
