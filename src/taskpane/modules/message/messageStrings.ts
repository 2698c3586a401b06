import { lazyUk } from '../../i18n/lazyUk';
import type { Strings } from '../../i18n/useT';

const en = {
  recognising: 'Recognising the participants…',
  recogniseFailed: 'The participants could not be matched: {{message}}',
  recipientsFailed: 'Outlook did not give the message’s recipients, so they could not be matched. Choose Check recipients again; if it fails again, tell your administrator.',
  inConversation: 'In this conversation',
  recipients: 'Recipients',
  noParticipants: 'There is nobody to match in this message: it has no sender or only internal addresses.',
  noSender: 'This message has no sender.',
  noRecipients: 'Add recipients to see which clients they belong to.',
  checkRecipients: 'Check recipients again',
  contactOf: 'Contact of {{client}}',
  newColleague: 'New colleague at {{client}}',
  unknownNew: 'Unknown sender: not in Clientbook yet',
  unknownFreeMail: 'Personal address (free mail): not matched by domain',
  unknownInvalid: 'Invalid address',
  addAsContact: 'Add as contact',
  addAsContactOf: 'Add {{name}} as contact of {{client}}',
  adding: 'Adding…',
  addFailed: 'The contact could not be added: {{message}}',
  draftFailed: 'The new client could not be prepared: {{message}}',
  createClient: 'Create client',
  createClientFrom: 'Create client from {{name}}',
  openCard: 'Open card',
  openCardOf: 'Open card of {{client}}',
  status: 'Status',
  owner: 'Owner',
  nextContact: 'Next contact',
  noNextContact: 'None planned',
  logEmail: 'Log email',
  logging: 'Logging…',
  logTo: 'Log to client',
  loggedTo: 'Logged to {{client}}',
  alreadyLogged: 'Already logged',
  logged: 'Logged',
  loggedBy: 'Logged to {{client}} by {{author}}, {{when}}',
  markFailed: 'Logged, but the Outlook category could not be set on the message.',
  noMessageId: 'This message cannot be logged: it has no message id yet (it may still be a draft).',
  logFailed: 'The email could not be logged: {{message}}',
  'logFailed.body': 'The email could not be logged: Outlook did not give its text. Try again; if it fails again, choose “Who, when and thread only” under What the history keeps and log it without the text.',
  noClientToLog: 'Create or match a client to log this email.',
};

/** The keys of the open message's strings; messageStringsUk must have each of them. */
export type MessageKey = keyof typeof en;

export const messageStrings = {
  ns: 'message',
  en,
  // Loaded only in a Ukrainian pane, before its first render (lazyUk).
  uk: lazyUk(() => import('./messageStringsUk').then((m) => m.messageStringsUk)),
} satisfies Strings<MessageKey>;
