/**
 * What a mail host can do with messages being written, beside MailHost: insert into the open
 * compose item and open a new-message form. Optional: a host that cannot (an old Outlook without
 * the requirement sets) offers fewer of these, and the pane hides what is missing.
 */
import type { EmailParticipant } from './model/HistoryEntry';
import type { OutgoingAttachment } from './mailingPorts';

export type NewMessage = { to: EmailParticipant[]; subject: string; html: string; attachments: OutgoingAttachment[] };

export interface ComposeHost {
  /** Whether the open compose item can take inserted HTML, a subject and attachments. */
  canInsert(): boolean;
  /** Inserts HTML at the cursor of the open compose item. */
  insertHtml(html: string): Promise<void>;
  getSubject(): Promise<string>;
  setSubject(subject: string): Promise<void>;
  addAttachment(attachment: OutgoingAttachment): Promise<void>;
  /**
   * Whether the open compose item takes attachments from the add-in (Outlook: Mailbox 1.8), asked
   * before inserting so a template is not half inserted. Absent where a host that inserts always can.
   */
  canAddAttachments?(): boolean;
  /** Whether the host can open its new-message form (Outlook: Mailbox 1.6 in read mode). */
  canOpenNewMessage(): boolean;
  /** Opens the host's new-message form filled in; the manager sends it from there. */
  openNewMessage(message: NewMessage): Promise<void>;
}

/**
 * Why the host did not insert or open a message: 'not-composing', no message is being written (it
 * was closed or sent); 'unsupported', this host cannot do it (an old Outlook); 'failed', the host
 * refused for its own reason (see `code`).
 */
export const composeFailures = ['not-composing', 'unsupported', 'failed'] as const;
export type ComposeFailure = (typeof composeFailures)[number];

export class ComposeError extends Error {
  /** What an administrator can look up (Office's error code and the call), never a sentence; null when none is known. */
  readonly code: string | null;
  /** Tells it apart where instanceof cannot: the demo's compose window throws from another bundle and window. */
  readonly composeError = true;

  constructor(
    readonly reason: ComposeFailure,
    message: string,
    options: { cause?: unknown; code?: string | null } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ComposeError';
    this.code = options.code ?? null;
  }
}
