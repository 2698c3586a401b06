import type { Strings } from '../../i18n/useT';

/** What a screen reader hears of a chart, where the chart library would say it in English whatever the pane's language. */
export const chartStrings = {
  ns: 'chart',
  en: {
    summary_one: '{{title}}: a chart of {{count}} bar',
    summary_few: '{{title}}: a chart of {{count}} bars',
    summary_many: '{{title}}: a chart of {{count}} bars',
    summary_other: '{{title}}: a chart of {{count}} bars',
    bars: 'Bars',
  },
  uk: {
    summary_one: '{{title}}: діаграма, {{count}} стовпчик',
    summary_few: '{{title}}: діаграма, {{count}} стовпчики',
    summary_many: '{{title}}: діаграма, {{count}} стовпчиків',
    summary_other: '{{title}}: діаграма, {{count}} стовпчика',
    bars: 'Стовпчики',
  },
} satisfies Strings<'summary_one' | 'summary_few' | 'summary_many' | 'summary_other' | 'bars'>;
