/**
 * A day as a date field shows it and a person types it: the locale's numeric day, month and year
 * (28.11.2026 in uk-UA, 28/11/2026 in en-GB), which reads the same back, unlike "28 лист. 2026 р.".
 */

const numericFormats = new Map<string, Intl.DateTimeFormat>();

function numericFormat(locale: string): Intl.DateTimeFormat {
  let format = numericFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
    numericFormats.set(locale, format);
  }
  return format;
}

/** The day as the locale writes it in digits. */
export function formatTypedDate(date: Date, locale: string): string {
  return numericFormat(locale).format(date);
}

type DayParts = { year: string; month: string; day: string };

/** How the locale writes a day in digits, spelt with `letters`: dd/mm/yyyy in en-GB, mm/dd/yyyy in en-US, дд.мм.рррр in uk-UA. */
export function typedDatePattern(locale: string, letters: DayParts): string {
  return numericFormat(locale)
    .formatToParts(new Date(2026, 10, 28))
    .map((part) => (part.type === 'day' || part.type === 'month' || part.type === 'year' ? letters[part.type] : part.value))
    .join('');
}

/** Three groups of digits in the order the locale writes them, with any of . / - or spaces between. */
function inLocaleOrder(text: string, locale: string): DayParts | undefined {
  const groups = text.trim().split(/\s*[./-]\s*|\s+/);
  if (groups.length !== 3 || !groups.every((g) => /^\d+$/.test(g))) return undefined;
  const order = numericFormat(locale)
    .formatToParts(new Date(2026, 10, 28))
    .map((p) => p.type)
    .filter((type): type is keyof DayParts => type === 'year' || type === 'month' || type === 'day');
  const parts: Partial<DayParts> = {};
  order.forEach((type, i) => (parts[type] = groups[i]));
  return parts.year && parts.month && parts.day ? { year: parts.year, month: parts.month, day: parts.day } : undefined;
}

/**
 * The day typed, in the locale's numeric order or as ISO (2026-11-28); null when the text names no
 * real day (31.02.2026, a two-digit year, words), which is what DatePicker's parseDateFromString expects.
 */
export function readTypedDate(text: string, locale: string): Date | null {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  const parts = iso ? { year: iso[1] ?? '', month: iso[2] ?? '', day: iso[3] ?? '' } : inLocaleOrder(text, locale);
  if (!parts || parts.year.length !== 4) return null;
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const date = new Date(year, month - 1, day);
  // Date rolls 31 February over into March; a day that does not exist is no day.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}
