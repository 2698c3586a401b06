import type { MailBody, ReadItem } from './ports';

/**
 * The messages of one conversation in the user's mailbox, beyond the one open in Outlook: Graph
 * (/me/messages by conversationId) in Outlook, the demo mailbox's thread in the demo.
 */
export interface ConversationSource {
  /** Every message of the conversation the mailbox holds (inbox and sent), oldest first. */
  messagesOf(conversationId: string): Promise<ReadItem[]>;
  getBody(item: ReadItem): Promise<MailBody>;
  /**
   * Messages that arrived in Sent Items since the previous call (the first call: all of them);
   * Graph's delta feed on the Sent Items folder, the demo's Sent folder.
   */
  sentItemChanges(): Promise<ReadItem[]>;
  /** Puts the "Clientbook" category on the message. */
  markLogged(item: ReadItem): Promise<void>;
  /** Takes the "Clientbook" category off the message with this internetMessageId, wherever it is (undo of an automatic log). */
  unmarkLogged(internetMessageId: string): Promise<void>;
}
