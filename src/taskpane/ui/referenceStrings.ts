import type { Strings } from '../i18n/useT';

/** Shared words of picklists and forms. */
export const referenceStrings = {
  ns: 'reference',
  en: { notSet: 'Not set', add: 'Add', remove: 'Remove {{item}}', newItem: 'New value' },
  uk: { notSet: 'Не вказано', add: 'Додати', remove: 'Видалити {{item}}', newItem: 'Нове значення' },
} satisfies Strings<string>;
