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
  'unavailable.throttled': 'Not available just now: the team library asked to slow down. Wait a minute, then open it again.',
  'unavailable.unavailable': 'Not available just now: the team library is not answering. Try again in a few minutes.',
  'unavailable.no-access': 'Not available: you have no access to the team library. Ask your administrator for access to the team site.',
  'unavailable.sign-in-needed': 'Not available: sign in to the team site (Sign in, at the bottom of the pane), then open it again.',
  'unavailable.failed': 'Could not open it. Try again later; if it keeps failing, tell your administrator.',
  openFailed: 'Could not open it.',
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
    'unavailable.throttled': 'Зараз недоступно: бібліотека команди просить сповільнитися. Зачекайте хвилину й відкрийте знову.',
    'unavailable.unavailable': 'Зараз недоступно: бібліотека команди не відповідає. Спробуйте за кілька хвилин.',
    'unavailable.no-access': 'Недоступно: у вас немає доступу до бібліотеки команди. Попросіть адміністратора надати доступ до сайту команди.',
    'unavailable.sign-in-needed': 'Недоступно: увійдіть на сайт команди («Увійти» внизу панелі) і відкрийте знову.',
    'unavailable.failed': 'Не вдалося відкрити. Спробуйте пізніше; якщо не вийде й тоді, зверніться до адміністратора.',
    openFailed: 'Не вдалося відкрити.',
  },
};
