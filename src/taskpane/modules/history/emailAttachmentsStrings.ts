import type { Strings } from '../../i18n/useT';

const en = {
  saved: 'Saved attachments',
  open: 'Open {{name}}',
  inLibrary: 'In SharePoint',
  skipped: 'Not saved',
  'reason.over-cap': 'larger than the team’s limit',
  'reason.unreadable': 'its content could not be read from the message',
  'reason.offline': 'the team library could not be reached',
  'reason.failed': 'the document library refused it',
  'reason.not-a-file': 'an attached item or cloud link, not a file',
  imageLoading: 'Loading image {{name}}…',
  imageUnavailable: 'Image {{name}} is not available offline.',
  'unavailable.offline': 'Not available: the team library cannot be reached and no copy is kept on this computer.',
  'unavailable.not-found': 'Not found: the file is no longer in the library.',
  'unavailable.failed': 'Could not open it. Try again later; if it keeps failing, give your administrator this detail: {{message}}',
} as const;

type Key = keyof typeof en;

/** Attachments saved with a logged email (issue 7). */
export const emailAttachmentsStrings: Strings<Key> = {
  ns: 'emailAttachments',
  en,
  uk: {
    saved: 'Збережені вкладення',
    open: 'Відкрити {{name}}',
    inLibrary: 'У SharePoint',
    skipped: 'Не збережено',
    'reason.over-cap': 'більше за обмеження команди',
    'reason.unreadable': 'не вдалося прочитати його вміст із листа',
    'reason.offline': 'немає зв’язку з бібліотекою команди',
    'reason.failed': 'бібліотека документів його не прийняла',
    'reason.not-a-file': 'це вкладений елемент Outlook або посилання на хмару, а не файл',
    imageLoading: 'Завантаження зображення {{name}}…',
    imageUnavailable: 'Зображення {{name}} недоступне без зв’язку.',
    'unavailable.offline': 'Недоступно: немає зв’язку з бібліотекою команди, а копії на цьому комп’ютері немає.',
    'unavailable.not-found': 'Не знайдено: файлу вже немає в бібліотеці.',
    'unavailable.failed': 'Не вдалося відкрити. Спробуйте пізніше; якщо не вийде й тоді, передайте адміністраторові ці відомості: {{message}}',
  },
};
