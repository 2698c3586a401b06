/**
 * Compose-mode insertion and the new-message form on Office.js. Requirement sets are checked at
 * call time: body.setSelectedDataAsync and subject get/set are Mailbox 1.1, attachments from
 * base64 1.8, and displayNewMessageForm with attachments 1.6 (read mode only).
 */
import { ComposeError, type ComposeFailure, type ComposeHost, type NewMessage } from '../../domain/composePorts';
import { errorMessage } from '../../domain/errorMessage';
import type { OutgoingAttachment } from '../../domain/mailingPorts';
import { OfficeAsyncError } from './OfficeAsyncError';
import { officeAsync } from './officeAsync';
import type { OfficeApi } from './officeTypes';

type ComposeItem = Office.MessageCompose;

/** No message is being written, or this Outlook lacks the requirement set: the screens say which. */
export class ComposeUnavailableError extends ComposeError {
  constructor(what: string, reason: Exclude<ComposeFailure, 'failed'> = 'unsupported') {
    super(reason, `Outlook cannot ${what} here.`);
    this.name = 'ComposeUnavailableError';
  }
}

export class OfficeComposeHost implements ComposeHost {
  constructor(private readonly office: OfficeApi) {}

  private supports(version: string): boolean {
    return this.office.context.requirements?.isSetSupported('Mailbox', version) ?? false;
  }

  private composeItem(): ComposeItem | null {
    const item = this.office.context.mailbox.item as unknown as Partial<ComposeItem> | null;
    // Only compose items have a body.setSelectedDataAsync and an async subject.
    return item && typeof item.body?.setSelectedDataAsync === 'function' && typeof item.subject?.setAsync === 'function' ? (item as ComposeItem) : null;
  }

  private requireCompose(): ComposeItem {
    const item = this.composeItem();
    if (!item) throw new ComposeUnavailableError('insert into a message', 'not-composing');
    return item;
  }

  canInsert(): boolean {
    return this.composeItem() !== null;
  }

  // async, so that no message being open rejects like every other failure instead of throwing.
  async insertHtml(html: string): Promise<void> {
    const item = this.requireCompose();
    return officeAsync<void>('body.setSelectedDataAsync', (cb) =>
      item.body.setSelectedDataAsync(html, { coercionType: this.office.CoercionType.Html }, cb),
    );
  }

  async getSubject(): Promise<string> {
    const item = this.requireCompose();
    return officeAsync<string>('subject.getAsync', (cb) => item.subject.getAsync(cb));
  }

  async setSubject(subject: string): Promise<void> {
    const item = this.requireCompose();
    return officeAsync<void>('subject.setAsync', (cb) => item.subject.setAsync(subject, cb));
  }

  canAddAttachments(): boolean {
    return this.supports('1.8') && typeof this.composeItem()?.addFileAttachmentFromBase64Async === 'function';
  }

  async addAttachment(attachment: OutgoingAttachment): Promise<void> {
    const item = this.requireCompose();
    if (!this.canAddAttachments()) throw new ComposeUnavailableError('add attachments (Mailbox 1.8)');
    await officeAsync<string>('addFileAttachmentFromBase64Async', (cb) =>
      item.addFileAttachmentFromBase64Async(attachment.contentBase64, attachment.name, { isInline: false }, cb),
    );
  }

  canOpenNewMessage(): boolean {
    return this.supports('1.6') && typeof this.office.context.mailbox.displayNewMessageForm === 'function';
  }

  async openNewMessage(message: NewMessage): Promise<void> {
    if (!this.canOpenNewMessage()) throw new ComposeUnavailableError('open a new message (Mailbox 1.6)');
    try {
      // The typings lag the documented base64 attachment form, hence the cast through unknown.
      this.office.context.mailbox.displayNewMessageForm({
        toRecipients: message.to.map((p) => p.email),
        subject: message.subject,
        htmlBody: message.html,
        attachments: message.attachments.map((a) => ({ type: 'base64', name: a.name, base64file: a.contentBase64 })),
      } as unknown as Parameters<Office.Mailbox['displayNewMessageForm']>[0]);
    } catch (cause) {
      // It has no callback: Outlook throws on parameters it refuses (too many recipients, body too long).
      throw new OfficeAsyncError('displayNewMessageForm', { code: null, detail: errorMessage(cause), cause });
    }
  }
}
