import type { GraphFailureReason } from '../../../app/graphFailure';
import { lazyUk } from '../../i18n/lazyUk';
import type { Strings } from '../../i18n/useT';

/**
 * Work that reads the mailbox through Microsoft 365: its key takes the local store's words after a
 * colon, and each of its `.<reason>` keys says what happened and what to do (useMailboxFailureWords).
 */
export type MailboxFailureScreen = 'logRestFailed' | 'sentFailed';

/** The keys of the logging strings; messageLoggingStringsUk must have each of them. */
export type MessageLoggingKey =
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
  | MailboxFailureScreen
  | `${MailboxFailureScreen}.${GraphFailureReason}`
  | 'autoLogFailed'
  | 'autoLogged'
  | 'undo'
  | 'undoing'
  | 'undone'
  | 'undoneCategoryKept'
  | 'undoneCategoryKept.not-supported'
  | 'undoneCategoryKept.not-connected'
  | 'undoneCategoryKept.sign-in-needed'
  | `undoneCategoryKept.${Exclude<GraphFailureReason, 'failed'>}`
  | 'threadPartial'
  | 'threadNeedsSignIn'
  | 'threadNeedsTeam'
  | 'signIn'
  | 'signingIn'
  | 'signInFailed.sign-in-needed'
  | 'signInFailed.sign-in-cancelled'
  | 'signInFailed.sign-in-blocked'
  | 'signInFailed.sign-in-window-open'
  | 'signInFailed.offline'
  | 'signInFailed.not-configured'
  | 'signInFailed.failed'
  | 'signInFailed.code'
  | 'undoFailed'
  | 'undoFailed.gone'
  | 'undoFailed.notOwn'
  | 'sentLogged'
  | 'sentPartlyFailed'
  | 'sentRetrying';

/** The open message's logging rules, what is kept, its thread and auto-log (issue 7). */
export const messageLoggingStrings: Strings<MessageLoggingKey> = {
  ns: 'messageLogging',
  en: {
    neverLogTitle: 'Never logged',
    'neverLog.internal': 'This message is never logged: it is internal mail, only your team is in it.',
    'neverLog.team-rule': 'This message is never logged: {{address}} is on the team’s never-log list ({{rule}}).',
    'neverLog.my-rule': 'This message is never logged: {{address}} is on your never-log list ({{rule}}).',
    keep: 'What the history keeps',
    // Short enough for the select's room in a 320 px pane, which cuts a longer choice off.
    'keep.metadata': 'Who, when and thread only',
    'keep.subject': 'Also the subject',
    'keep.body': 'Also text, attachment names',
    conversation: 'This conversation',
    threadStatus: '{{logged}} of {{total}} logged',
    logRest: 'Log the rest',
    loggingRest: 'Logging the rest…',
    restReport: 'Logged {{logged}}; already logged {{already}}; never logged by a rule {{never}}; could not be read {{failed}}.',
    logRestFailed: 'The rest of the conversation could not be logged: {{message}}',
    'logRestFailed.offline': 'The rest of the conversation could not be logged: there is no connection to Microsoft 365. Check the network, then choose Log the rest again.',
    'logRestFailed.throttled': 'The rest of the conversation could not be logged: Microsoft 365 is getting too many requests. Wait a minute, then choose Log the rest again.',
    'logRestFailed.unavailable': 'The rest of the conversation could not be logged: Microsoft 365 is not answering right now. Choose Log the rest again in a few minutes.',
    'logRestFailed.no-access': 'The rest of the conversation could not be logged: Microsoft 365 did not let Clientbook read your mail. Ask your Microsoft 365 administrator to allow it.',
    'logRestFailed.failed': 'The rest of the conversation could not be logged. Choose Log the rest again; if it fails again, tell your administrator.',
    autoLogFailed: 'This message was not logged automatically. Choose Log email to log it.',
    autoLogged: 'Logged automatically to {{client}}.',
    undo: 'Undo',
    undoing: 'Undoing…',
    undone: 'The automatic log was undone.',
    undoneCategoryKept: 'The automatic log was undone; Outlook’s “Clientbook” category could not be removed from the message: take it off in Outlook.',
    'undoneCategoryKept.not-supported': 'The automatic log was undone. This Outlook cannot remove categories: take “Clientbook” off the message in Outlook.',
    'undoneCategoryKept.not-connected': 'The automatic log was undone. The message is not open and there is no team store to reach it: open it and take the “Clientbook” category off in Outlook.',
    'undoneCategoryKept.sign-in-needed': 'The automatic log was undone. Sign in to the team store to let Clientbook take the “Clientbook” category off the message.',
    'undoneCategoryKept.offline': 'The automatic log was undone. With no connection to Microsoft 365 the “Clientbook” category is still on the message: take it off in Outlook.',
    'undoneCategoryKept.throttled': 'The automatic log was undone. Microsoft 365 is getting too many requests, so the “Clientbook” category is still on the message: take it off in Outlook.',
    'undoneCategoryKept.unavailable': 'The automatic log was undone. Microsoft 365 is not answering right now, so the “Clientbook” category is still on the message: take it off in Outlook.',
    'undoneCategoryKept.no-access': 'The automatic log was undone. Microsoft 365 did not let Clientbook change the message, so the “Clientbook” category is still on it: take it off in Outlook.',
    threadPartial: '{{logged}} of at least {{total}} logged',
    threadNeedsSignIn: 'Sign in to see and log the whole conversation.',
    threadNeedsTeam: 'Only what this pane has logged is known: connect a team store and sign in to see the whole conversation.',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    'signInFailed.sign-in-needed': 'Sign-in did not complete. Choose Sign in again and complete the sign-in window.',
    'signInFailed.sign-in-cancelled': 'Sign-in was cancelled. Choose Sign in again when you are ready.',
    'signInFailed.sign-in-blocked': 'The browser blocked the sign-in window. Allow pop-ups for this site, then choose Sign in again.',
    'signInFailed.sign-in-window-open': 'A sign-in window is already open. Finish signing in there or close it, then choose Sign in again.',
    'signInFailed.offline': 'No connection to Microsoft 365. Check the network and choose Sign in again.',
    'signInFailed.not-configured': 'The team store has no app registration yet: enter it under Settings → Team store first.',
    'signInFailed.failed': 'Sign-in did not complete. Try again; if it fails again, tell your Microsoft 365 administrator.',
    'signInFailed.code': 'Error code for your administrator: {{code}}',
    undoFailed: 'The automatic log could not be undone.',
    'undoFailed.gone': 'There is nothing to undo: this entry is no longer in the client’s history.',
    'undoFailed.notOwn': 'Only your own automatic entries can be undone here.',
    sentLogged: 'Sent mail to clients logged automatically: {{count}}.',
    sentFailed: 'Sent Items could not be read for auto-log: {{message}}',
    'sentFailed.offline': 'Sent Items could not be read for auto-log: there is no connection to Microsoft 365. Clientbook tries again when the connection is back.',
    'sentFailed.throttled': 'Sent Items could not be read for auto-log: Microsoft 365 is getting too many requests. Clientbook tries again after the next sync.',
    'sentFailed.unavailable': 'Sent Items could not be read for auto-log: Microsoft 365 is not answering right now. Clientbook tries again after the next sync.',
    'sentFailed.no-access': 'Sent Items could not be read for auto-log: Microsoft 365 did not let Clientbook read your mail. Ask your Microsoft 365 administrator to allow it; until then, log sent mail by hand.',
    'sentFailed.failed': 'Sent Items could not be read for auto-log. Clientbook tries again after the next sync; if this stays, tell your administrator.',
    sentPartlyFailed: 'Sent mail to clients logged automatically: {{count}}; {{failed}} could not be read — log them by hand from Sent Items.',
    sentRetrying: 'Sent mail to clients logged automatically: {{count}}; {{failed}} could not be read yet — Clientbook tries again after the next syncs.',
  },
  // Loaded only in a Ukrainian pane, before its first render (lazyUk).
  uk: lazyUk(() => import('./messageLoggingStringsUk').then((m) => m.messageLoggingStringsUk)),
};
