import type { Strings } from '../../i18n/useT';

const en = {
  'library.offline': 'The team library cannot be reached: try again when the pane is back online.',
  'library.throttled': 'The team library asked to slow down: wait a minute, then try again.',
  'library.unavailable': 'The team library is not answering just now: try again in a few minutes.',
  'library.no-access': 'You have no access to the team library: ask your administrator for access to the team site.',
  'library.sign-in-needed': 'Sign in to the team site first (Sign in, at the bottom of the pane), then try again.',
  'library.not-found': 'The file is no longer in the library: it may have been deleted.',
  'library.failed': 'The team library refused it; if it happens again, tell your administrator.',
  'compose.not-composing': 'No message is being written any more: open the message, or start a new one, then try again.',
  'compose.unsupported': 'This version of Outlook does not let add-ins do this: write the message by hand, or ask your administrator to update Outlook.',
  'compose.failed': 'Outlook refused it; try again, and if it happens again, tell your administrator.',
  templateGone: 'The template no longer exists: a colleague may have deleted it.',
} as const;

type Key = keyof typeof en;

/**
 * Why a template, a document or a message being written failed, after the screen's own sentence of
 * what did not happen (useMailingFailureWords): what happened and what to do.
 */
export const mailingFailureStrings: Strings<Key> = {
  ns: 'mailingFailure',
  en,
  uk: {
    'library.offline': 'Немає зв’язку з бібліотекою команди: спробуйте ще раз, коли панель знову буде онлайн.',
    'library.throttled': 'Бібліотека команди просить сповільнитися: зачекайте хвилину й спробуйте ще раз.',
    'library.unavailable': 'Бібліотека команди зараз не відповідає: спробуйте за кілька хвилин.',
    'library.no-access': 'У вас немає доступу до бібліотеки команди: попросіть адміністратора надати доступ до сайту команди.',
    'library.sign-in-needed': 'Спершу увійдіть на сайт команди («Увійти» внизу панелі), потім спробуйте ще раз.',
    'library.not-found': 'Файлу вже немає в бібліотеці: можливо, його видалили.',
    'library.failed': 'Бібліотека команди цього не прийняла; якщо це повториться, зверніться до адміністратора.',
    'compose.not-composing': 'Лист уже не пишеться: відкрийте його або почніть новий, потім спробуйте ще раз.',
    'compose.unsupported': 'Ця версія Outlook не дозволяє надбудовам цього робити: напишіть лист вручну або попросіть адміністратора оновити Outlook.',
    'compose.failed': 'Outlook цього не прийняв; спробуйте ще раз, а якщо це повториться, зверніться до адміністратора.',
    templateGone: 'Цього шаблону більше немає: можливо, його видалив колега.',
  },
};
