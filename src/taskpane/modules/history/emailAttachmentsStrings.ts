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
  unavailable: '{{message}}',
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
    unavailable: '{{message}}',
  },
};
