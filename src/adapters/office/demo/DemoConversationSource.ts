import type { AttachmentContent, ConversationSource } from '../../../domain/conversationPorts';
import type { Attachment, MailBody, ReadItem } from '../../../domain/ports';
import { demoAttachmentBytes } from './demoAttachmentContent';
import { LOGGED_CATEGORY, type DemoMailbox } from './DemoMailbox';
import { DemoMessageMissingError, toReadItem } from './DemoMailHost';

/** The demo mailbox's threads: every message of a conversation in the inbox and Sent folders. */
export class DemoConversationSource implements ConversationSource {
  private readonly sentSeen = new Set<string>();

  constructor(private readonly mailbox: DemoMailbox) {}

  async sentItemChanges(): Promise<ReadItem[]> {
    const fresh = this.mailbox.messages('sent').filter((m) => !this.sentSeen.has(m.id));
    for (const m of fresh) this.sentSeen.add(m.id);
    return fresh.map(toReadItem);
  }

  async messagesOf(conversationId: string): Promise<ReadItem[]> {
    if (!conversationId) return [];
    return [...this.mailbox.messages('inbox'), ...this.mailbox.messages('sent')]
      .filter((m) => m.conversationId === conversationId)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(toReadItem);
  }

  async getBody(item: ReadItem): Promise<MailBody> {
    const message = this.mailbox.message(item.itemId);
    if (!message) throw new DemoMessageMissingError(item.itemId);
    return { kind: message.body.kind, content: message.body.content };
  }

  async getAttachmentContent(item: ReadItem, attachment: Attachment): Promise<AttachmentContent> {
    const message = this.mailbox.message(item.itemId);
    if (!message) throw new DemoMessageMissingError(item.itemId);
    return { base64: await demoAttachmentBytes(message, attachment) };
  }

  async markLogged(item: ReadItem): Promise<void> {
    if (!this.mailbox.message(item.itemId)) throw new DemoMessageMissingError(item.itemId);
    this.mailbox.markLogged(item.itemId);
  }

  async unmarkLogged(internetMessageId: string): Promise<void> {
    for (const m of [...this.mailbox.messages('inbox'), ...this.mailbox.messages('sent')]) {
      if (m.internetMessageId === internetMessageId) this.mailbox.removeCategory(m.id, LOGGED_CATEGORY);
    }
  }
}
