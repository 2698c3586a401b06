/** Maps Outlook's mailbox.item to the MailItem the app works with. Reading never throws on odd data. */
import type { EmailParticipant } from '../../domain/model/HistoryEntry';
import type { Attachment, ComposeItem, MailItem, ReadItem } from '../../domain/ports';
import { officeAsync } from './officeAsync';
import type { OfficeApi, OfficeItem } from './officeTypes';

type AddressDetails = Partial<Pick<Office.EmailAddressDetails, 'displayName' | 'emailAddress'>> | null | undefined;

/** A participant as Outlook gave it: a malformed address is kept as it is, for the user to see and fix. */
function toParticipant(details: AddressDetails): EmailParticipant | null {
  const email = details?.emailAddress ?? '';
  const name = details?.displayName ?? '';
  return email || name ? { name, email } : null;
}

function toParticipants(list: readonly AddressDetails[] | null | undefined): EmailParticipant[] {
  return (list ?? []).map(toParticipant).filter((p): p is EmailParticipant => p !== null);
}

function toIsoDate(value: Date | string | undefined): string {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

function toAttachments(list: readonly Office.AttachmentDetails[] | null | undefined): Attachment[] {
  return (list ?? []).map((a) => ({ name: a.name ?? '', size: a.size ?? 0, contentType: a.contentType ?? '', isInline: Boolean(a.isInline), ...(a.id ? { id: a.id } : {}) }));
}

function toReadItem(item: OfficeItem): ReadItem {
  return {
    mode: 'read',
    itemId: item.itemId ?? '',
    internetMessageId: item.internetMessageId ?? '',
    conversationId: item.conversationId ?? '',
    subject: item.subject ?? '',
    from: toParticipant(item.from),
    sender: toParticipant(item.sender),
    to: toParticipants(item.to),
    cc: toParticipants(item.cc),
    date: toIsoDate(item.dateTimeCreated),
    attachments: toAttachments(item.attachments),
  };
}

function toComposeItem(item: OfficeItem): ComposeItem {
  const recipients = (field: 'to' | 'cc') =>
    officeAsync<Office.EmailAddressDetails[]>(`Reading the ${field === 'to' ? 'To' : 'Cc'} recipients`, (done) => item[field].getAsync(done)).then(toParticipants);
  return {
    mode: 'compose',
    // A message being written has no id until it is saved (getItemIdAsync needs Mailbox 1.8).
    itemId: '',
    async getRecipients() {
      const [to, cc] = await Promise.all([recipients('to'), recipients('cc')]);
      return { to, cc };
    },
    getSubject: () => officeAsync<string>('Reading the subject', (done) => item.subject.getAsync(done)),
  };
}

/**
 * The open item as a MailItem, or null when nothing the pane can work with is open: no item
 * (a pinned pane between selections) or a calendar item.
 */
export function readItem(office: OfficeApi, item: OfficeItem | null | undefined): MailItem | null {
  if (!item) return null;
  if (item.itemType !== undefined && String(item.itemType) !== String(office.MailboxEnums.ItemType.Message)) return null;
  // In read mode the subject is a string; in compose mode it is an object with getAsync.
  return typeof item.subject === 'string' ? toReadItem(item) : toComposeItem(item);
}
