import type { Strings } from '../../i18n/useT';

const en = {
  notAttachedTitle: 'Inserted. Some documents are not attached',
  notAttachedTitleNewEmail: 'New email opened. Some documents are not attached',
  notAttachedIntro: 'Attach these by hand (Insert › Attach file):',
  'reason.unsupported': 'this version of Outlook cannot add attachments from add-ins',
  'reason.unreadable': 'the document could not be read (offline, or removed from the library)',
  'reason.refused': 'Outlook refused it (it may be too large for the message)',
  download: 'Download {{name}}',
  downloadFailed: '{{name}} could not be downloaded.',
} as const;

type Key = keyof typeof en;

/** A template inserted into the message being written, or a new email opened from one: documents left for the manager to attach (issue 5). */
export const composeInsertStrings: Strings<Key> = {
  ns: 'composeInsert',
  en,
  uk: {
    notAttachedTitle: 'Вставлено. Деякі документи не вкладено',
    notAttachedTitleNewEmail: 'Новий лист відкрито. Деякі документи не вкладено',
    notAttachedIntro: 'Вкладіть їх вручну (Вставлення › Вкласти файл):',
    'reason.unsupported': 'ця версія Outlook не дозволяє надбудовам додавати вкладення',
    'reason.unreadable': 'документ не вдалося прочитати (немає зв’язку або його вилучено з бібліотеки)',
    'reason.refused': 'Outlook його не прийняв (можливо, він завеликий для листа)',
    download: 'Завантажити {{name}}',
    downloadFailed: 'Не вдалося завантажити {{name}}.',
  },
};
