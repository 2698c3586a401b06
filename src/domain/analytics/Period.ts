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

const DAY_MS = 86_400_000;

/** Whole days from one date or instant to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to.length === 10 ? `${to}T00:00:00Z` : to) - Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from)) / DAY_MS);
}
