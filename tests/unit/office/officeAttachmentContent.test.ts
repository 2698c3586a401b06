import { AttachmentUnreadableError } from '../../../src/adapters/office/AttachmentUnreadableError';
import { OfficeAsyncError } from '../../../src/adapters/office/OfficeAsyncError';
import { OfficeMailHost } from '../../../src/adapters/office/OfficeMailHost';
import type { ReadItem } from '../../../src/domain/ports';
import { anOutlook, type OutlookOptions, type ReadMessage } from './anOutlook';

const attachments: NonNullable<ReadMessage['attachments']> = [
  { id: 'a1', name: 'quote.pdf', size: 4, contentType: 'application/pdf', isInline: false, attachmentType: 'file' },
  { id: 'a2', name: 'Re: order.eml', size: 20, contentType: 'message/rfc822', isInline: false, attachmentType: 'item' },
  { id: 'a3', name: 'Big deck.pptx', size: 0, contentType: '', isInline: false, attachmentType: 'cloud' },
  { id: 'a4', name: 'removed.txt', size: 3, contentType: 'text/plain', isInline: false, attachmentType: 'file' },
];

function openWithAttachments(options: OutlookOptions = {}) {
  const outlook = anOutlook(options);
  outlook.open({
    attachments,
    attachmentContents: {
      a1: { format: 'base64', content: 'JVBERg==' },
      a2: { format: 'eml', content: 'Subject: order' },
      a3: { format: 'url', content: 'https://contoso-my.sharepoint.com/deck.pptx' },
    },
  });
  const host = new OfficeMailHost(outlook.office);
  const item = host.currentItem() as ReadItem;
  return { host, item, byName: (name: string) => item.attachments.find((a) => a.name === name)! };
}

describe('OfficeMailHost: attachment content', () => {
  it('gives a file attachment’s bytes as Outlook hands them over (base64)', async () => {
    const { host, item, byName } = openWithAttachments();
    expect(await host.getAttachmentContent(item, byName('quote.pdf'))).toBe('JVBERg==');
  });

  it('gives an attached message as the bytes of its .eml text', async () => {
    const { host, item, byName } = openWithAttachments();
    expect(atob(await host.getAttachmentContent(item, byName('Re: order.eml')))).toBe('Subject: order');
  });

  it('refuses a cloud attachment: Outlook gives only a link to it', async () => {
    const { host, item, byName } = openWithAttachments();
    await expect(host.getAttachmentContent(item, byName('Big deck.pptx'))).rejects.toBeInstanceOf(AttachmentUnreadableError);
  });

  it('rejects with Outlook’s error when the attachment cannot be read', async () => {
    const { host, item, byName } = openWithAttachments();
    await expect(host.getAttachmentContent(item, byName('removed.txt'))).rejects.toBeInstanceOf(OfficeAsyncError);
  });

  it('says it cannot read attachments in an Outlook before Mailbox 1.8', async () => {
    const { host, item, byName } = openWithAttachments({ mailboxMinor: 7 });
    await expect(host.getAttachmentContent(item, byName('quote.pdf'))).rejects.toBeInstanceOf(AttachmentUnreadableError);
  });
});
