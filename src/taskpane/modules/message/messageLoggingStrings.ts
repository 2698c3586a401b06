import type { Strings } from '../../i18n/useT';

type Key =
  | 'neverLogTitle'
  | 'neverLog.internal'
  | 'neverLog.team-rule'
  | 'neverLog.my-rule'
  | 'keep'
  | 'keep.metadata'
  | 'keep.subject'
  | 'keep.body'
  | 'conversation'
  | 'threadStatus'
  | 'logRest'
  | 'loggingRest'
  | 'restReport'
  | 'logRestFailed'
  | 'autoLogged'
  | 'undo'
  | 'undoing'
  | 'undone'
  | 'undoneCategoryKept'
  | 'undoneCategoryKept.not-supported'
  | 'undoneCategoryKept.not-connected'
  | 'undoneCategoryKept.sign-in-needed'
  | 'threadPartial'
  | 'threadNeedsSignIn'
  | 'threadNeedsTeam'
  | 'signIn'
  | 'signingIn'
  | 'signInFailed'
  | 'undoFailed'
  | 'sentLogged'
  | 'sentFailed'
  | 'sentPartlyFailed';

/** The open message's logging rules, what is kept, its thread and auto-log (issue 7). */
export const messageLoggingStrings: Strings<Key> = {
  ns: 'messageLogging',
  en: {
    neverLogTitle: 'Never logged',
    'neverLog.internal': 'This message is never logged: it is internal mail, only your team is in it.',
    'neverLog.team-rule': 'This message is never logged: {{address}} is on the team’s never-log list ({{rule}}).',
    'neverLog.my-rule': 'This message is never logged: {{address}} is on your never-log list ({{rule}}).',
    keep: 'What the history keeps',
    'keep.metadata': 'Who, when and the thread only',
    'keep.subject': 'Also the subject',
    'keep.body': 'Also the text and attachment names',
    conversation: 'This conversation',
    threadStatus: '{{logged}} of {{total}} logged',
    logRest: 'Log the rest',
    loggingRest: 'Logging the rest…',
    restReport: 'Logged {{logged}}; already logged {{already}}; never logged by a rule {{never}}; could not be read {{failed}}.',
    logRestFailed: 'The rest of the conversation could not be logged: {{message}}',
    autoLogged: 'Logged automatically to {{client}}.',
    undo: 'Undo',
    undoing: 'Undoing…',
    undone: 'The automatic log was undone.',
    undoneCategoryKept: 'The automatic log was undone; Outlook’s “Clientbook” category could not be removed from the message.',
    'undoneCategoryKept.not-supported': 'The automatic log was undone. This Outlook cannot remove categories: take “Clientbook” off the message in Outlook.',
    'undoneCategoryKept.not-connected': 'The automatic log was undone. The message is not open and there is no team store to reach it: open it and take the “Clientbook” category off in Outlook.',
    'undoneCategoryKept.sign-in-needed': 'The automatic log was undone. Sign in to the team store to let Clientbook take the “Clientbook” category off the message.',
    threadPartial: '{{logged}} of at least {{total}} logged',
    threadNeedsSignIn: 'Sign in to see and log the whole conversation.',
    threadNeedsTeam: 'Only what this pane has logged is known: connect a team store and sign in to see the whole conversation.',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signInFailed: 'Sign-in did not complete: {{message}}',
    undoFailed: 'The automatic log could not be undone: {{message}}',
    sentLogged: 'Sent mail to clients logged automatically: {{count}}.',
    sentFailed: 'Sent Items could not be read for auto-log: {{message}}',
    sentPartlyFailed: 'Sent mail to clients logged automatically: {{count}}; {{failed}} could not be read — log them by hand from Sent Items.',
  },
  uk: {
    neverLogTitle: 'Не записується',
    'neverLog.internal': 'Цей лист ніколи не записується: це внутрішня пошта, у ньому лише ваша команда.',
    'neverLog.team-rule': 'Цей лист ніколи не записується: {{address}} є у командному списку «Не записувати» ({{rule}}).',
    'neverLog.my-rule': 'Цей лист ніколи не записується: {{address}} є у вашому списку «Не записувати» ({{rule}}).',
    keep: 'Що зберігає історія',
    'keep.metadata': 'Лише хто, коли і листування',
    'keep.subject': 'Також тему',
    'keep.body': 'Також текст і назви вкладень',
    conversation: 'Це листування',
    threadStatus: 'Записано {{logged}} з {{total}}',
    logRest: 'Записати решту',
    loggingRest: 'Записую решту…',
    restReport: 'Записано {{logged}}; уже було записано {{already}}; не записано за правилом {{never}}; не вдалося прочитати {{failed}}.',
    logRestFailed: 'Не вдалося записати решту листування: {{message}}',
    autoLogged: 'Автоматично записано в історію клієнта «{{client}}».',
    undo: 'Скасувати',
    undoing: 'Скасовую…',
    undone: 'Автоматичний запис скасовано.',
    undoneCategoryKept: 'Автоматичний запис скасовано; категорію Outlook «Clientbook» з листа зняти не вдалося.',
    'undoneCategoryKept.not-supported': 'Автоматичний запис скасовано. Цей Outlook не вміє знімати категорії: зніміть «Clientbook» з листа в Outlook.',
    'undoneCategoryKept.not-connected': 'Автоматичний запис скасовано. Лист не відкрито, а командного сховища, щоб дістатися до нього, немає: відкрийте лист і зніміть категорію «Clientbook» в Outlook.',
    'undoneCategoryKept.sign-in-needed': 'Автоматичний запис скасовано. Увійдіть до командного сховища, щоб Clientbook зняв категорію «Clientbook» з листа.',
    threadPartial: 'Записано {{logged}} щонайменше з {{total}}',
    threadNeedsSignIn: 'Увійдіть, щоб побачити й записати все листування.',
    threadNeedsTeam: 'Відомо лише те, що записала ця панель: підключіть командне сховище й увійдіть, щоб побачити все листування.',
    signIn: 'Увійти',
    signingIn: 'Вхід…',
    signInFailed: 'Вхід не завершено: {{message}}',
    undoFailed: 'Не вдалося скасувати автоматичний запис: {{message}}',
    sentLogged: 'Автоматично записано надісланих клієнтам листів: {{count}}.',
    sentFailed: 'Не вдалося прочитати «Надіслані» для автоматичного запису: {{message}}',
    sentPartlyFailed: 'Автоматично записано надісланих клієнтам листів: {{count}}; не вдалося прочитати: {{failed}} — запишіть їх вручну з «Надісланих».',
  },
};
