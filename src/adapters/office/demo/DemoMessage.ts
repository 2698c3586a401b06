import type { EmailParticipant } from '../../../domain/model/HistoryEntry';
import type { Attachment, MailBody } from '../../../domain/ports';

export type DemoFolder = 'inbox' | 'sent';

/** An attachment of the demo mailbox; opened .eml files bring their bytes (base64), the built-in messages' are made when read (demoAttachmentContent). */
export type DemoAttachment = Attachment & { contentBase64?: string };

/** One message of the demo mailbox: what Outlook would hold for an item in read mode. */
export type DemoMessage = {
  /** Mailbox-local id, like Outlook's item id. */
  id: string;
  /** '' when the message has none (some .eml files): it then cannot be logged. */
  internetMessageId: string;
  conversationId: string;
  subject: string;
  from: EmailParticipant | null;
  /** Who actually sent it when it differs from `from` (a delegate, a mailing list). */
  sender: EmailParticipant | null;
  to: EmailParticipant[];
  cc: EmailParticipant[];
  /** ISO instant. */
  date: string;
  body: MailBody;
  attachments: DemoAttachment[];
  categories: string[];
  folder: DemoFolder;
  /** The last notification the add-in put on the message (Outlook's info bar). */
  notification: string;
};
