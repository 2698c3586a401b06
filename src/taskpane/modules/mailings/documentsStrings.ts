import type { Strings } from '../../i18n/useT';

const en = {
  fromLocal: 'Kept in this browser (single-user mode).',
  fromLibrary: 'From the team site’s document library.',
  fromCache: 'Offline: the team library cannot be reached. These are the files kept on this computer; others open when the pane is back online.',
  loading: 'Loading documents…',
  noDocuments: 'No documents yet.',
  notListed: 'not in this document library (kept here, or removed): uncheck to detach',
  addDocument: 'Add document',
  working: 'Working on {{name}}…',
  preview: 'Preview {{name}}',
  closePreview: 'Close preview',
  download: 'Download {{name}}',
  remove: 'Remove {{name}}',
  noPreview: 'No preview for this kind of file.',
  failed: '{{message}}',
  offline: 'The team library cannot be reached and this file is not kept on this computer.',
  offlineChange: 'The team library cannot be reached: files can be added and removed when the pane is back online.',
} as const;

type Key = keyof typeof en;

/** Texts of the document library (templates' attachments, previews). */
export const documentsStrings: Strings<Key> = {
  ns: 'mailingDocuments',
  en,
  uk: {
    fromLocal: 'Зберігаються в цьому браузері (режим одного користувача).',
    fromLibrary: 'З бібліотеки документів сайту команди.',
    fromCache: 'Немає зв’язку з бібліотекою команди. Це файли, збережені на цьому комп’ютері; інші відкриються, коли панель знову буде онлайн.',
    loading: 'Завантаження документів…',
    noDocuments: 'Документів ще немає.',
    notListed: 'немає в цій бібліотеці документів (збережено лише тут або видалено): зніміть позначку, щоб відкріпити',
    addDocument: 'Додати документ',
    working: 'Обробка: {{name}}…',
    preview: 'Переглянути {{name}}',
    closePreview: 'Закрити перегляд',
    download: 'Завантажити {{name}}',
    remove: 'Видалити {{name}}',
    noPreview: 'Для такого файлу перегляду немає.',
    failed: '{{message}}',
    offline: 'Немає зв’язку з бібліотекою команди, а цей файл не збережено на цьому комп’ютері.',
    offlineChange: 'Немає зв’язку з бібліотекою команди: додавати й видаляти файли можна буде, коли панель знову буде онлайн.',
  },
};
