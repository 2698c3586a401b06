import type { Query } from '../analytics/query/Query';
import type { ClientStatus } from './Client';
import type { Record } from './Record';
import type { Language } from './ReferenceItem';
import type { TemplateAttachment } from './Template';

/**
 * Why a mailing paused by itself, as its card says it: 'no-sender', no mailbox to send from (not
 * connected or signed out); 'offline'; 'no-access', the mailbox refused to send for the app; 'failed',
 * anything else, with `code` for the administrator.
 */
export type MailingStop = { reason: 'no-sender' | 'offline' | 'no-access' | 'failed'; code: string | null };

/** Which clients a mailing goes to: empty lists mean "any". */
export type AudienceFilter = { regions: string[]; industries: string[]; statuses: ClientStatus[] };

/**
 * A saved query a mailing's clients came from, copied in when it started: the queue was filled from
 * it then, and later edits to the saved query (or its deletion) leave this mailing as it was.
 */
export type AudienceQuery = { savedQueryId: string; name: string; query: Query };

export const mailingStatuses = ['running', 'paused', 'cancelled', 'done'] as const;
/** 'done' when every recipient was sent or failed; failures can still be retried, which runs it again. */
export type MailingStatus = (typeof mailingStatuses)[number];

/**
 * A send of one template to many recipients from the manager's mailbox. The template is copied
 * in, so editing the template later does not change a mailing that is under way.
 */
export type Mailing = Record & {
  name: string;
  templateId: string;
  subject: string;
  bodyHtml: string;
  attachments: TemplateAttachment[];
  audience: AudienceFilter;
  /** Absent when the audience was chosen from all clients (and in mailings from before saved queries). */
  audienceQuery?: AudienceQuery;
  status: MailingStatus;
  /** The member whose mailbox sends it (and who appears as the history entries' author). */
  sender: string;
  senderName: string;
  /** Why the mailing stopped by itself ('' when it did not): the mailbox could not send. The sender's words, for diagnosis. */
  problem: string;
  /** The same, as the card words it; absent while it runs, and in mailings stopped before it was kept. */
  stopped?: MailingStop;
  /** The language of the opt-out line. */
  language: Language;
};
