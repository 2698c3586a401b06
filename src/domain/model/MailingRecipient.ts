import type { DocumentFailure } from '../documentPorts';

/**
 * One message of a mailing: its recipient and where it is in the queue. Kept in IndexedDB so a
 * mailing resumes after the pane is closed and opened again.
 */
export const recipientStates = ['queued', 'sent', 'failed', 'cancelled'] as const;
export type RecipientState = (typeof recipientStates)[number];

/**
 * Why a message failed, as the mailing's card words it: a template document could not be read from
 * the library (and why), the mailbox refused this message (a wrong address, too large), or anything
 * else; `code` for the administrator.
 */
export type RecipientFailure = { reason: 'document'; document: string; failure: DocumentFailure } | { reason: 'rejected' | 'failed'; code: string | null };

export type MailingRecipient = {
  /** `${mailingId}:${contactId}`: one message per contact and mailing, whatever happens. */
  id: string;
  mailingId: string;
  /** Queue order within the mailing. */
  seq: number;
  clientId: string;
  contactId: string;
  name: string;
  email: string;
  state: RecipientState;
  attempts: number;
  /**
   * Why the last attempt failed; '' otherwise. A cancelled message says why it was not sent:
   * 'cancelled' (the manager cancelled the mailing) or a SkipReason; '' when the store cancelled it
   * with its client or contact person (deleted, or erased).
   */
  error: string;
  /** The last attempt's failure as the card words it; absent on messages that failed before it was kept. */
  failure?: RecipientFailure;
  /** ISO instant it was sent; '' until then. */
  sentAt: string;
};

/** Why a message was skipped rather than sent: its client opted out or has no consent, or it was deleted. */
export const skipReasons = ['opted-out', 'no-consent', 'deleted'] as const;
export type SkipReason = (typeof skipReasons)[number];

/** The `error` of a message that Cancel mailing stopped before it was sent. */
export const CANCELLED_BY_MANAGER = 'cancelled';
