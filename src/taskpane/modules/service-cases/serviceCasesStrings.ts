import type { Strings } from '../../i18n/useT';

type Key =
  | 'heading'
  | 'loading'
  | 'loadFailed'
  | 'none'
  | 'openCase'
  | 'newCaseTitle'
  | 'editCase'
  | 'editCaseTitle'
  | 'caseSaved'
  | 'title'
  | 'description'
  | 'severity'
  | 'owner'
  | 'ownerHint'
  | 'openedOn'
  | 'resolvedOn'
  | 'status'
  | 'status.open'
  | 'status.in-progress'
  | 'status.resolved'
  | 'status.closed'
  | 'opened'
  | 'resolved'
  | 'save'
  | 'saving'
  | 'cancel'
  | 'fixErrors'
  | 'saveFailed'
  | 'caseOpened'
  | 'statusChanged'
  | 'changeStatus'
  | 'statusFailed'
  | 'resolvedOnFailed'
  | 'details'
  | 'hideDetails'
  | 'detailsShort'
  | 'hideDetailsShort'
  | 'linkedHistory'
  | 'noLinkedHistory'
  | 'recordEntry'
  | 'entryTitle'
  | 'entryCase'
  | 'type'
  | 'at'
  | 'text'
  | 'outcome'
  | 'department'
  | 'surveyScore'
  | 'surveyScoreHint'
  | 'entryRecorded'
  | 'sales'
  | 'marketing'
  | 'after-sales'
  | 'notAllowed';

/** After-sales service cases on the client card, in both languages. */
export const serviceCasesStrings: Strings<Key> = {
  ns: 'serviceCases',
  en: {
    heading: 'Service cases',
    loading: 'Loading service cases…',
    loadFailed: 'Could not load the service cases: {{message}}',
    none: 'No service cases.',
    openCase: 'Open service case',
    newCaseTitle: 'New service case',
    editCase: 'Edit {{title}}',
    editCaseTitle: 'Edit service case “{{title}}”',
    caseSaved: 'Service case saved.',
    title: 'Title',
    description: 'Description',
    severity: 'Severity',
    owner: 'Owner',
    ownerHint: 'Choose a colleague or type an email address; empty means you.',
    openedOn: 'Opened on',
    resolvedOn: 'Resolved on',
    status: 'Status',
    'status.open': 'Open',
    'status.in-progress': 'In progress',
    'status.resolved': 'Resolved',
    'status.closed': 'Closed',
    opened: 'Opened {{date}}',
    resolved: 'resolved {{date}}',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    fixErrors: 'Some fields need attention; nothing was lost.',
    saveFailed: 'Could not save: {{message}}',
    caseOpened: 'Service case opened.',
    statusChanged: 'Status: {{status}}.',
    changeStatus: 'Change status',
    statusFailed: 'The status could not be changed: {{message}}',
    resolvedOnFailed: 'The resolution date could not be changed: {{message}}',
    // The toggle's name for screen readers; it shows only the short words, under the title.
    details: 'Details of {{title}}',
    hideDetails: 'Hide details of {{title}}',
    detailsShort: 'Details',
    hideDetailsShort: 'Hide details',
    linkedHistory: 'Linked history',
    noLinkedHistory: 'No contacts recorded for this case yet.',
    recordEntry: 'Record contact for this case',
    entryTitle: 'Contact for {{title}}',
    entryCase: 'Service case “{{title}}”',
    type: 'Type',
    at: 'When',
    text: 'What happened',
    outcome: 'Outcome',
    department: 'Department',
    surveyScore: 'Satisfaction score (0–10)',
    surveyScoreHint: 'How likely the client is to recommend us: 0 not at all, 10 certainly.',
    entryRecorded: 'Contact recorded.',
    sales: 'Sales',
    marketing: 'Marketing',
    'after-sales': 'After-sales',
    notAllowed: 'Your role does not allow this change.',
  },
  uk: {
    heading: 'Звернення',
    loading: 'Завантаження звернень…',
    loadFailed: 'Не вдалося завантажити звернення: {{message}}',
    none: 'Звернень немає.',
    openCase: 'Відкрити звернення',
    newCaseTitle: 'Нове звернення',
    editCase: 'Змінити «{{title}}»',
    editCaseTitle: 'Редагування звернення «{{title}}»',
    caseSaved: 'Звернення збережено.',
    title: 'Тема',
    description: 'Опис',
    severity: 'Важливість',
    owner: 'Відповідальний',
    ownerHint: 'Виберіть колегу або введіть email; порожньо — ви.',
    openedOn: 'Відкрито',
    resolvedOn: 'Вирішено',
    status: 'Стан',
    'status.open': 'Відкрите',
    'status.in-progress': 'У роботі',
    'status.resolved': 'Вирішене',
    'status.closed': 'Закрите',
    opened: 'Відкрито {{date}}',
    resolved: 'вирішено {{date}}',
    save: 'Зберегти',
    saving: 'Зберігаємо…',
    cancel: 'Скасувати',
    fixErrors: 'Деякі поля потребують уваги; нічого не втрачено.',
    saveFailed: 'Не вдалося зберегти: {{message}}',
    caseOpened: 'Звернення відкрито.',
    statusChanged: 'Стан: {{status}}.',
    changeStatus: 'Змінити стан',
    statusFailed: 'Не вдалося змінити стан: {{message}}',
    resolvedOnFailed: 'Не вдалося змінити дату вирішення: {{message}}',
    details: 'Подробиці: {{title}}',
    hideDetails: 'Сховати подробиці: {{title}}',
    detailsShort: 'Подробиці',
    hideDetailsShort: 'Сховати подробиці',
    linkedHistory: 'Пов’язана історія',
    noLinkedHistory: 'Контактів щодо цього звернення ще немає.',
    recordEntry: 'Записати контакт щодо звернення',
    entryTitle: 'Контакт щодо «{{title}}»',
    entryCase: 'Звернення «{{title}}»',
    type: 'Тип',
    at: 'Коли',
    text: 'Що відбулося',
    outcome: 'Результат',
    department: 'Відділ',
    surveyScore: 'Оцінка задоволеності (0–10)',
    surveyScoreHint: 'Наскільки ймовірно, що клієнт нас порекомендує: 0 — зовсім ні, 10 — напевно.',
    entryRecorded: 'Контакт записано.',
    sales: 'Продажі',
    marketing: 'Маркетинг',
    'after-sales': 'Післяпродажний сервіс',
    notAllowed: 'Ваша роль не дозволяє цієї зміни.',
  },
};
