import type { Strings } from '../i18n/useT';

type Key =
  | 'dayLetters'
  | 'monthLetters'
  | 'yearLetters'
  | 'unreadableDate'
  | 'unreadableTime'
  | 'missingTime'
  | 'date'
  | 'time'
  | 'calendar'
  | 'openCalendar'
  | 'goToToday'
  | 'prevMonth'
  | 'nextMonth'
  | 'prevYear'
  | 'nextYear'
  | 'prevYearRange'
  | 'nextYearRange'
  | 'close'
  | 'selectedDate'
  | 'todayDate'
  | 'monthPickerHeader'
  | 'yearPickerHeader';

/**
 * What the date and time fields and their calendar say. Month and day names come from Intl; `{0}`
 * is the calendar's own placeholder, which it fills in, not ours.
 */
export const dateFieldStrings = {
  ns: 'dateField',
  en: {
    dayLetters: 'dd',
    monthLetters: 'mm',
    yearLetters: 'yyyy',
    unreadableDate: '“{{text}}” is not a date: type it like {{example}}, or pick it in the calendar.',
    unreadableTime: '“{{text}}” is not a time: type hours and minutes, like {{example}}.',
    missingTime: 'Type the time: hours and minutes, like {{example}}.',
    date: 'Date',
    time: 'Time',
    calendar: 'Calendar',
    openCalendar: 'Open the calendar: {{label}}',
    goToToday: 'Go to today',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    prevYearRange: 'Previous years',
    nextYearRange: 'Next years',
    close: 'Close the calendar',
    selectedDate: 'Selected date {0}',
    todayDate: 'Today, {0}',
    monthPickerHeader: '{0}, choose a year',
    yearPickerHeader: '{0}, choose a month',
  },
  uk: {
    dayLetters: 'дд',
    monthLetters: 'мм',
    yearLetters: 'рррр',
    unreadableDate: '«{{text}}» — не дата: введіть її як {{example}} або оберіть у календарі.',
    unreadableTime: '«{{text}}» — не час: введіть години й хвилини, як {{example}}.',
    missingTime: 'Введіть час: години й хвилини, як {{example}}.',
    date: 'Дата',
    time: 'Час',
    calendar: 'Календар',
    openCalendar: 'Відкрити календар: {{label}}',
    goToToday: 'Сьогодні',
    prevMonth: 'Попередній місяць',
    nextMonth: 'Наступний місяць',
    prevYear: 'Попередній рік',
    nextYear: 'Наступний рік',
    prevYearRange: 'Попередні роки',
    nextYearRange: 'Наступні роки',
    close: 'Закрити календар',
    selectedDate: 'Вибрана дата {0}',
    todayDate: 'Сьогодні, {0}',
    monthPickerHeader: '{0}, оберіть рік',
    yearPickerHeader: '{0}, оберіть місяць',
  },
} satisfies Strings<Key>;
