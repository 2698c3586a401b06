import type { Attachment, MailBody, ReadItem } from './ports';

/** An attachment's bytes (base64) and, where only reading it tells, the Content-ID "cid:" links name. */
export type AttachmentContent = { base64: string; contentId?: string };

/**
 * The messages of one conversation in the user's mailbox, beyond the one open in Outlook: Graph
 * (/me/messages by conversationId) in Outlook, the demo mailbox's thread in the demo. Outlook's
 * source rejects with ConversationUnavailableError while there is no team sign-in.
 */
export interface ConversationSource {
  /** Every message of the conversation the mailbox holds (inbox and sent), oldest first. */
  messagesOf(conversationId: string): Promise<ReadItem[]>;
  getBody(item: ReadItem): Promise<MailBody>;
  /** One file attachment of a listed message; rejects for one that cannot be read. Absent where the source cannot read attachments. */
  getAttachmentContent?(item: ReadItem, attachment: Attachment): Promise<AttachmentContent>;
  /**
   * Messages that arrived in Sent Items since the previous call (the first call: all of them, or
   * those sent at or after `since`, an ISO instant); Graph's delta feed on the Sent Items folder,
   * the demo's Sent folder.
   */
  sentItemChanges(since?: string): Promise<ReadItem[]>;
  /** Puts the "Clientbook" category on the message. */
  markLogged(item: ReadItem): Promise<void>;
  /** Takes the "Clientbook" category off the message with this internetMessageId, wherever it is (undo of an automatic log). */
  unmarkLogged(internetMessageId: string): Promise<void>;
  /**
   * Where reading the mailbox needs the user's sign-in (Graph in Outlook): asks for it, with
   * sign-in and consent allowed. Calls rejecting with ConversationUnavailableError
   * 'sign-in-needed' work after it.
   */
  signIn?(): Promise<void>;
}
