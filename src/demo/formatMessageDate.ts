import type { DemoLanguage } from '../adapters/office/demo/DemoMailbox';

/** How a mail list dates a message: the time for today's mail, the day for this year's, else the full date. */
export function formatMessageDate(iso: string, language: DemoLanguage, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const sameDay = d.toDateString() === now.toDateString();
  if (sameDay) return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(d);
  if (d.getFullYear() === now.getFullYear()) return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(d);
  return new Intl.DateTimeFormat(language, { dateStyle: 'short' }).format(d);
}

/** The full date and time, for the reading pane's header. */
export function formatFullDate(iso: string, language: DemoLanguage): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' }).format(d);
}

/** A file size as mail clients show it: "48 KB", "1.2 MB". */
export function formatSize(bytes: number, language: DemoLanguage): string {
  const unit = bytes >= 1_000_000 ? 'megabyte' : 'kilobyte';
  const value = bytes >= 1_000_000 ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000));
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
