import { DayOfWeek, DEFAULT_DATE_FORMATTING, type CalendarStrings, type DateFormatting, type DateGridStrings } from '@fluentui/react-calendar-compat';
import { useT } from '../i18n/useT';
import { dateFieldStrings } from './dateFieldStrings';

const names = new Map<string, { grid: DateGridStrings; formatting: DateFormatting }>();

/** Month and weekday names and the spoken date, from Intl: they need no translating. */
function intlNamesFor(locale: string) {
  let found = names.get(locale);
  if (!found) {
    const name = (options: Intl.DateTimeFormatOptions, date: Date) => new Intl.DateTimeFormat(locale, options).format(date);
    // A calendar's heading starts its line: "Листопад 2026", not "листопад 2026".
    const heading = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
    const months = Array.from({ length: 12 }, (_, m) => new Date(2026, m, 1));
    // 1 March 2026 is a Sunday, the calendar's day 0.
    const week = Array.from({ length: 7 }, (_, d) => new Date(2026, 2, 1 + d));
    const spoken = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    found = {
      grid: {
        months: months.map((d) => heading(name({ month: 'long' }, d))),
        shortMonths: months.map((d) => heading(name({ month: 'short' }, d))),
        days: week.map((d) => name({ weekday: 'long' }, d)),
        shortDays: week.map((d) => name({ weekday: 'short' }, d)),
      },
      // A day's accessible name: "28 листопада 2026 р." rather than the default "листопад 28, 2026".
      formatting: { ...DEFAULT_DATE_FORMATTING, formatMonthDayYear: (date) => spoken.format(date) },
    };
    names.set(locale, found);
  }
  return found;
}

/** Intl.Locale's week facts: getWeekInfo() in newer engines, the weekInfo getter it replaced in older ones. */
type WeekFacts = { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

/** The day the locale's weeks start on: Monday in uk-UA and en-GB, Sunday in en-US. */
function firstDayOfWeekIn(locale: string): DayOfWeek {
  const facts = new Intl.Locale(locale) as unknown as WeekFacts;
  // Intl counts 1 (Monday) to 7 (Sunday); the calendar 0 (Sunday) to 6.
  const firstDay = (facts.getWeekInfo?.() ?? facts.weekInfo)?.firstDay ?? 1;
  return (firstDay % 7) as DayOfWeek;
}

/** A date field's calendar in the pane's language. */
export function useCalendarLocale() {
  const { t, locale } = useT(dateFieldStrings);
  const { grid, formatting } = intlNamesFor(locale);
  const strings: CalendarStrings = {
    ...grid,
    goToToday: t('goToToday'),
    prevMonthAriaLabel: t('prevMonth'),
    nextMonthAriaLabel: t('nextMonth'),
    prevYearAriaLabel: t('prevYear'),
    nextYearAriaLabel: t('nextYear'),
    prevYearRangeAriaLabel: t('prevYearRange'),
    nextYearRangeAriaLabel: t('nextYearRange'),
    closeButtonAriaLabel: t('close'),
    selectedDateFormatString: t('selectedDate'),
    todayDateFormatString: t('todayDate'),
    monthPickerHeaderAriaLabel: t('monthPickerHeader'),
    yearPickerHeaderAriaLabel: t('yearPickerHeader'),
  };
  return {
    strings,
    dateTimeFormatter: formatting,
    firstDayOfWeek: firstDayOfWeekIn(locale),
  };
}
