/** Calendar arithmetic in the user's local time zone, and dates as people read them (Intl). */

const pad = (n: number) => String(n).padStart(2, '0');

/** yyyy-mm-dd of an instant in local time. */
export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local midnight that starts a yyyy-mm-dd day: the inverse of localIsoDate. */
export function dayOfIsoDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** An instant as local yyyy-mm-ddThh:mm, to the minute: how a contact being recorded keeps its date and time. */
export function localDateTimeInput(d: Date): string {
  return `${localIsoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The day `count` working days (Monday to Friday) after `from`. */
export function addWorkingDays(from: Date, count: number): Date {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  let left = count;
  while (left > 0) {
    d.setDate(d.getDate() + 1);
    if (d.getDay() !== 0 && d.getDay() !== 6) left--;
  }
  return d;
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

const mediumDates = new Map<string, Intl.DateTimeFormat>();

/**
 * A yyyy-mm-dd day as a medium date ("28 Nov 2026", "28 лист. 2026 р."), its spaces non-breaking:
 * in a narrow pane's meta line ("Proposal · 40% · closes …") the line wraps before the date, never
 * inside it, where Ukrainian's "р." was left alone on the next line.
 */
export function formatDate(isoDate: string, locale: string): string {
  let format = mediumDates.get(locale);
  if (!format) mediumDates.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })));
  return format.format(dayOfIsoDate(isoDate)).replace(/ /g, '\u00a0');
}

/** "today", "yesterday", "tomorrow", else a medium date: the words managers use for recent contacts. */
export function formatDay(isoDate: string, locale: string, now: Date): string {
  const diff = dayNumber(isoDate) - dayNumber(localIsoDate(now));
  if (Math.abs(diff) <= 1) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(diff, 'day');
  return formatDate(isoDate, locale);
}

/** A relative day plus the time of day, for an ISO instant. */
export function formatWhen(isoInstant: string, locale: string, now: Date): string {
  const at = new Date(isoInstant);
  if (Number.isNaN(at.getTime())) return '';
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at);
  return `${formatDay(localIsoDate(at), locale, now)}, ${time}`;
}
