import { ComposeError, type ComposeHost, type NewMessage } from '../../../domain/composePorts';
import type { OutgoingAttachment } from '../../../domain/mailingPorts';
import type { EmailParticipant } from '../../../domain/model/HistoryEntry';

/** The demo's message being written: what Outlook's compose form would hold. */
export type DemoDraft = { to: EmailParticipant[]; subject: string; html: string; attachments: OutgoingAttachment[] };

/**
 * The demo mailbox's compose window: one draft at a time, with a cursor at the end of its body
 * (the demo has no caret of its own). It is the ComposeHost of the demo: inserting a template
 * writes here, and "New email from template" opens it filled in.
 */
export class DemoComposeWindow implements ComposeHost {
  private current: DemoDraft | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly toggleListeners = new Set<() => void>();

  draft(): DemoDraft | null {
    return this.current;
  }

  /** Opens an empty draft to the given recipients, as "New message" does. */
  open(to: EmailParticipant[] = []): void {
    this.current = { to, subject: '', html: '', attachments: [] };
    this.emit(true);
  }

  close(): DemoDraft | null {
    const last = this.current;
    this.current = null;
    this.emit(true);
    return last;
  }

  setTo(to: EmailParticipant[]): void {
    this.current = { ...this.open_(), to };
    this.emit();
  }

  /** Any change of the draft. */
  on(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A draft opened or closed: for the pane, the item changed (as Outlook's ItemChanged). */
  onToggle(listener: () => void): () => void {
    this.toggleListeners.add(listener);
    return () => {
      this.toggleListeners.delete(listener);
    };
  }

  canInsert(): boolean {
    return this.current !== null;
  }

  async insertHtml(html: string): Promise<void> {
    const draft = this.open_();
    this.current = { ...draft, html: draft.html + html };
    this.emit();
  }

  async getSubject(): Promise<string> {
    return this.open_().subject;
  }

  async setSubject(subject: string): Promise<void> {
    this.current = { ...this.open_(), subject };
    this.emit();
  }

  async addAttachment(attachment: OutgoingAttachment): Promise<void> {
    const draft = this.open_();
    this.current = { ...draft, attachments: [...draft.attachments, attachment] };
    this.emit();
  }

  canOpenNewMessage(): boolean {
    return true;
  }

  async openNewMessage(message: NewMessage): Promise<void> {
    const wasOpen = this.current !== null;
    this.current = { to: message.to, subject: message.subject, html: message.html, attachments: message.attachments };
    this.emit(!wasOpen);
  }

  private open_(): DemoDraft {
    if (!this.current) throw new DemoNoDraftError();
    return this.current;
  }

  private emit(toggled = false) {
    for (const listener of [...this.listeners]) listener();
    if (toggled) for (const listener of [...this.toggleListeners]) listener();
  }
}

export class DemoNoDraftError extends ComposeError {
  constructor() {
    super('not-composing', 'No message is being written in the demo mailbox.');
    this.name = 'DemoNoDraftError';
  }
}
