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
  /** Why the last attempt failed; '' otherwise. */
  error: string;
  /** ISO instant it was sent; '' until then. */
  sentAt: string;
};
