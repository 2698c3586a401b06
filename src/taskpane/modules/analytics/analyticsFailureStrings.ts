import type { Strings } from '../../i18n/useT';

/** What analytics says when figures, a drill-down's records, a query or its file, or home's alarms could not come, and what to do then (useAnalyticsFailure adds why). */
export const analyticsFailureStrings = {
  ns: 'analyticsFailure',
  en: {
    figuresFailed: 'The figures could not be computed.',
    notUpdatedAsOf: 'Figures as of {{time}}: they could not be updated.',
    notUpdated: 'The figures could not be updated.',
    recordsFailed: 'The records behind this figure could not be listed.',
    queryFailed: 'The query could not run.',
    exportFailed: 'The CSV file was not made.',
    alarmsFailed: 'The alarms for the head of sales could not be checked.',
    refreshTries: 'Refresh tries again.',
    showTries: 'Show the result tries again.',
    exportTries: 'Export CSV tries again.',
    openTries: 'Open analytics to try again.',
    workerStopped: 'Analytics stopped working in the background.',
    refreshThenTry: 'Choose Refresh at the top, then try again.',
  },
  uk: {
    figuresFailed: 'Не вдалося обчислити показники.',
    notUpdatedAsOf: 'Показники станом на {{time}}: не вдалося їх оновити.',
    notUpdated: 'Не вдалося оновити показники.',
    recordsFailed: 'Не вдалося показати записи за цим показником.',
    queryFailed: 'Запит не виконано.',
    exportFailed: 'Файл CSV не створено.',
    alarmsFailed: 'Не вдалося перевірити тривожні показники для керівника продажів.',
    refreshTries: 'Спробуйте ще раз кнопкою «Оновити».',
    showTries: 'Спробуйте ще раз кнопкою «Показати результат».',
    exportTries: 'Спробуйте ще раз кнопкою «Експорт CSV».',
    openTries: 'Відкрийте аналітику, щоб спробувати ще раз.',
    workerStopped: 'Аналітика перестала працювати у фоновому режимі.',
    refreshThenTry: 'Натисніть «Оновити» вгорі, а тоді спробуйте ще раз.',
  },
} satisfies Strings<'figuresFailed' | 'notUpdatedAsOf' | 'notUpdated' | 'recordsFailed' | 'queryFailed' | 'exportFailed' | 'alarmsFailed' | 'refreshTries' | 'showTries' | 'exportTries' | 'openTries' | 'workerStopped' | 'refreshThenTry'>;
