import type { EmailParticipant } from '../../../domain/model/HistoryEntry';
import type { Attachment, MailBody, MailHost, MailItem, ReadItem, UserProfile } from '../../../domain/ports';
import { demoAttachmentBytes } from './demoAttachmentContent';
import { demoComposeItem } from './demoComposeItem';
import { DemoConversationSource } from './DemoConversationSource';
import { DemoMailSender } from './DemoMailSender';
import type { DemoMailbox } from './DemoMailbox';
import type { DemoMessage } from './DemoMessage';

export class DemoMessageMissingError extends Error {
  constructor(itemId: string) {
    super(`The demo mailbox has no message ${itemId}.`);
    this.name = 'DemoMessageMissingError';
  }
}

// Copies, so the pane in the iframe never holds objects of the demo page's realm.
const participant = (p: EmailParticipant | null): EmailParticipant | null => (p ? { name: p.name, email: p.email } : null);

export function toReadItem(m: DemoMessage): ReadItem {
  return {
    mode: 'read',
    itemId: m.id,
    internetMessageId: m.internetMessageId,
    conversationId: m.conversationId,
    subject: m.subject,
    from: participant(m.from),
    sender: participant(m.sender ?? m.from),
    to: m.to.map((p) => ({ name: p.name, email: p.email })),
    cc: m.cc.map((p) => ({ name: p.name, email: p.email })),
    date: m.date,
    // The bytes stay in the mailbox: a ReadItem carries what Outlook's item does, not the files.
    attachments: m.attachments.map(({ contentBase64: _content, ...a }) => ({ ...a })),
  };
}

/** MailHost over the demo mailbox: selection, body, the "Clientbook" category and notifications. */
export class DemoMailHost implements MailHost {
  readonly kind = 'demo' as const;
  private readonly subscriptions = new Set<() => void>();

  constructor(readonly mailbox: DemoMailbox) {}

  /**
   * What the demo mailbox brings beside the MailHost port: its threads, its Sent folder and its
   * compose window. The app finds this method instead of testing the class (isDemoMailbox), so
   * Outlook's pane never loads the demo's code.
   */
  demoPorts() {
    return { conversations: new DemoConversationSource(this.mailbox), sender: new DemoMailSender(this.mailbox), compose: this.mailbox.compose };
  }

  userProfile(): UserProfile {
    return { ...this.mailbox.profile };
  }

  displayLanguage(): string {
    return this.mailbox.language;
  }

  theme(): 'light' | 'dark' {
    return this.mailbox.theme;
  }

  /** The demo's "Dark theme" switch, as Outlook's OfficeThemeChanged. */
  onThemeChanged(listener: (theme: 'light' | 'dark') => void): Promise<() => void> {
    let last = this.mailbox.theme;
    const off = this.mailbox.on('settings', () => {
      // 'settings' also announces a language change, which reloads the pane instead.
      if (this.mailbox.theme === last) return;
      last = this.mailbox.theme;
      listener(last);
    });
    const unsubscribe = () => {
      off();
      this.subscriptions.delete(unsubscribe);
    };
    this.subscriptions.add(unsubscribe);
    return Promise.resolve(unsubscribe);
  }

  currentItem(): MailItem | null {
    // A message being written is the open item, as in Outlook's compose window.
    if (this.mailbox.compose.draft()) return demoComposeItem(this.mailbox.compose);
    const selected = this.mailbox.selected();
    return selected ? toReadItem(selected) : null;
  }

  onItemChanged(listener: (item: MailItem | null) => void): () => void {
    const offSelection = this.mailbox.on('selection', () => listener(this.currentItem()));
    const offCompose = this.mailbox.compose.onToggle(() => listener(this.currentItem()));
    const off = () => {
      offSelection();
      offCompose();
    };
    const unsubscribe = () => {
      off();
      this.subscriptions.delete(unsubscribe);
    };
    this.subscriptions.add(unsubscribe);
    return unsubscribe;
  }

  async getBody(item: ReadItem): Promise<MailBody> {
    const { body } = this.existing(item);
    return { kind: body.kind, content: body.content };
  }

  /** The bytes of an opened .eml file's attachment, or the small file the demo makes for a built-in one. */
  async getAttachmentContent(item: ReadItem, attachment: Attachment): Promise<string> {
    return demoAttachmentBytes(this.existing(item), attachment);
  }

  async markLogged(item: ReadItem): Promise<void> {
    this.existing(item);
    this.mailbox.markLogged(item.itemId);
  }

  async isMarkedLogged(item: ReadItem): Promise<boolean> {
    this.existing(item);
    return this.mailbox.isLogged(item.itemId);
  }

  async notify(item: ReadItem, message: string): Promise<void> {
    this.existing(item);
    this.mailbox.setNotification(item.itemId, message);
  }

  /** Drops every listener this host registered, e.g. when the pane's document goes away. */
  disconnect(): void {
    for (const unsubscribe of [...this.subscriptions]) unsubscribe();
  }

  private existing(item: ReadItem): DemoMessage {
    const message = this.mailbox.message(item.itemId);
    if (!message) throw new DemoMessageMissingError(item.itemId);
    return message;
  }
}
