import type { Strings } from '../i18n/useT';

/** Shared words of picklists and forms. */
export const referenceStrings = {
  ns: 'reference',
  en: { notSet: 'Not set', remove: 'Remove {{item}}', newItem: 'New value' },
  uk: { notSet: 'Не вказано', remove: 'Видалити {{item}}', newItem: 'Нове значення' },
} satisfies Strings<string>;
