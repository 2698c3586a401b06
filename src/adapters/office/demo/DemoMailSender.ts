import type { MailSender, OutgoingMessage } from '../../../domain/mailingPorts';
import type { DemoMailbox } from './DemoMailbox';

let sent = 0;

/** The demo's "sending": each message lands in the demo mailbox's Sent folder, as Graph would put it in Sent Items. */
export class DemoMailSender implements MailSender {
  constructor(private readonly mailbox: DemoMailbox) {}

  async send(message: OutgoingMessage): Promise<void> {
    const id = `sent-${Date.now().toString(36)}-${++sent}`;
    this.mailbox.send({
      id,
      internetMessageId: message.internetMessageId,
      conversationId: id,
      subject: message.subject,
      from: { name: this.mailbox.profile.displayName, email: this.mailbox.profile.email },
      sender: null,
      to: message.to.map((p) => ({ ...p })),
      cc: [],
      date: new Date().toISOString(),
      body: { kind: 'html', content: message.html },
      attachments: message.attachments.map((a) => ({
        name: a.name,
        contentType: a.contentType,
        size: Math.floor((a.contentBase64.length * 3) / 4),
        isInline: false,
      })),
    });
  }
}
