import type { Strings } from '../../i18n/useT';

/** What a query's chart says of the groups it leaves to the table. */
export const queryChartStrings = {
  ns: 'queryChart',
  en: {
    largest_one: 'Showing the {{shown}} largest of {{count}} group; the table has them all.',
    largest_few: 'Showing the {{shown}} largest of {{count}} groups; the table has them all.',
    largest_many: 'Showing the {{shown}} largest of {{count}} groups; the table has them all.',
    largest_other: 'Showing the {{shown}} largest of {{count}} groups; the table has them all.',
  },
  uk: {
    largest_one: 'На діаграмі {{shown}} найбільших із {{count}} групи, у таблиці — усі.',
    largest_few: 'На діаграмі {{shown}} найбільших із {{count}} груп, у таблиці — усі.',
    largest_many: 'На діаграмі {{shown}} найбільших із {{count}} груп, у таблиці — усі.',
    largest_other: 'На діаграмі {{shown}} найбільших із {{count}} групи, у таблиці — усі.',
  },
} satisfies Strings<'largest_one' | 'largest_few' | 'largest_many' | 'largest_other'>;
