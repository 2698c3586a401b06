import type { Query } from '../analytics/query/Query';
import type { ClientStatus } from './Client';
import type { Record } from './Record';
import type { Language } from './ReferenceItem';
import type { TemplateAttachment } from './Template';

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
  /** Why the mailing stopped by itself ('' when it did not): the mailbox could not send. */
  problem: string;
  /** The language of the opt-out line. */
  language: Language;
};
