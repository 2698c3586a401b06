/**
 * One message of a mailing: its recipient and where it is in the queue. Kept in IndexedDB so a
 * mailing resumes after the pane is closed and opened again.
 */
export const recipientStates = ['queued', 'sent', 'failed', 'cancelled'] as const;
export type RecipientState = (typeof recipientStates)[number];

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
  /** ISO instant it was sent; '' until then. */
  sentAt: string;
};

/** Why a message was skipped rather than sent: its client opted out or has no consent, or it was deleted. */
export const skipReasons = ['opted-out', 'no-consent', 'deleted'] as const;
export type SkipReason = (typeof skipReasons)[number];

/** The `error` of a message that Cancel mailing stopped before it was sent. */
export const CANCELLED_BY_MANAGER = 'cancelled';
