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
  | 'undoFailed'
  | 'sentLogged'
  | 'sentFailed';

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
    undoFailed: 'The automatic log could not be undone: {{message}}',
    sentLogged: 'Sent mail to clients logged automatically: {{count}}.',
    sentFailed: 'Sent Items could not be read for auto-log: {{message}}',
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
    undoFailed: 'Не вдалося скасувати автоматичний запис: {{message}}',
    sentLogged: 'Автоматично записано надісланих клієнтам листів: {{count}}.',
    sentFailed: 'Не вдалося прочитати «Надіслані» для автоматичного запису: {{message}}',
  },
};
