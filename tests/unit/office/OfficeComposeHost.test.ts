import { OfficeAsyncError } from '../../../src/adapters/office/OfficeAsyncError';
import { ComposeUnavailableError, OfficeComposeHost } from '../../../src/adapters/office/OfficeComposeHost';
import { anOutlook, permissionDenied } from './anOutlook';

const quote = { name: 'quote.pdf', contentType: 'application/pdf', contentBase64: 'JVBERi0xLjQK' };
const olena = { displayName: 'Olena Petrenko', emailAddress: 'olena@contoso.com' };

function writing(options: Parameters<typeof anOutlook>[0] = {}, body = '<p>Hello |</p><p>Anna</p>', subject = '') {
  const outlook = anOutlook(options);
  outlook.compose({ to: [olena], cc: [], subject, body });
  return { outlook, host: new OfficeComposeHost(outlook.office), draft: () => outlook.state.draft! };
}

describe('OfficeComposeHost', () => {
  describe('inserting into the message being written', () => {
    it('offers insertion only while a message is being written', () => {
      const outlook = anOutlook();
      const host = new OfficeComposeHost(outlook.office);
      expect(host.canInsert()).toBe(false);
      outlook.open();
      expect(host.canInsert()).toBe(false);
      outlook.compose({ to: [], cc: [], subject: '' });
      expect(host.canInsert()).toBe(true);
    });

    it('inserts HTML at the cursor, as HTML, keeping what the manager wrote around it', async () => {
      const { host, draft } = writing();
      await host.insertHtml('<p>Our <b>autumn</b> offer</p>');
      await host.insertHtml('<p>See the quote.</p>');
      expect(draft().body).toBe('<p>Hello <p>Our <b>autumn</b> offer</p><p>See the quote.</p></p><p>Anna</p>');
      expect(draft().coercions).toEqual(['html', 'html']);
    });

    it('reads and sets the subject', async () => {
      const { host, draft } = writing({}, '|', 'Re: licences');
      await expect(host.getSubject()).resolves.toBe('Re: licences');
      await host.setSubject('Autumn offer');
      expect(draft().subject).toBe('Autumn offer');
    });

    it('rejects with Outlook’s error code when Outlook refuses the insertion or the subject', async () => {
      const { host, draft } = writing({ failures: { insert: permissionDenied, setSubject: { code: 9030, name: 'InvalidSubject', message: 'Subject too long.' } } });
      const insert = host.insertHtml('<p>x</p>');
      await expect(insert).rejects.toBeInstanceOf(OfficeAsyncError);
      await expect(insert).rejects.toMatchObject({ code: 9041, message: expect.stringContaining('body.setSelectedDataAsync') });
      await expect(host.setSubject('x'.repeat(300))).rejects.toMatchObject({ name: 'OfficeAsyncError', code: 9030 });
      expect(draft()).toMatchObject({ body: '<p>Hello </p><p>Anna</p>', subject: '' });
    });

    it('rejects, rather than throwing, when no message is being written', async () => {
      const outlook = anOutlook();
      outlook.open();
      const host = new OfficeComposeHost(outlook.office);
      await expect(host.insertHtml('<p>x</p>')).rejects.toBeInstanceOf(ComposeUnavailableError);
      await expect(host.getSubject()).rejects.toBeInstanceOf(ComposeUnavailableError);
      await expect(host.setSubject('x')).rejects.toBeInstanceOf(ComposeUnavailableError);
      await expect(host.addAttachment(quote)).rejects.toBeInstanceOf(ComposeUnavailableError);
    });
  });

  describe('attachments', () => {
    it('attaches a document from its base64 content, not inline', async () => {
      const { host, draft } = writing();
      expect(host.canAddAttachments()).toBe(true);
      await host.addAttachment(quote);
      expect(draft().attachments).toEqual([{ name: 'quote.pdf', base64: 'JVBERi0xLjQK', isInline: false }]);
    });

    it('says Outlook cannot attach below Mailbox 1.8, and attaches nothing', async () => {
      const { host, draft } = writing({ mailboxMinor: 7 });
      // Asked before anything is inserted, so the pane can say so instead of failing halfway.
      expect(host.canAddAttachments()).toBe(false);
      expect(host.canInsert()).toBe(true);
      await expect(host.addAttachment(quote)).rejects.toThrow(new ComposeUnavailableError('add attachments (Mailbox 1.8)'));
      expect(draft().attachments).toEqual([]);
    });

    it('rejects with Outlook’s error when the attachment is refused (e.g. too large)', async () => {
      const { host } = writing({ failures: { attach: { code: 9009, name: 'AttachmentSizeExceeded', message: 'The attachment is too large.' } } });
      await expect(host.addAttachment(quote)).rejects.toMatchObject({ name: 'OfficeAsyncError', code: 9009, message: expect.stringContaining('too large') });
    });
  });

  describe('the new-message form', () => {
    const message = { to: [{ name: 'Olena Petrenko', email: 'olena@contoso.com' }], subject: 'Autumn offer', html: '<p>Dear Olena</p>', attachments: [quote] };

    it('opens Outlook’s new-message form filled in, with the documents attached', async () => {
      const outlook = anOutlook();
      outlook.open();
      const host = new OfficeComposeHost(outlook.office);
      expect(host.canOpenNewMessage()).toBe(true);
      await host.openNewMessage(message);
      expect(outlook.state.newMessageForms).toEqual([
        { toRecipients: ['olena@contoso.com'], subject: 'Autumn offer', htmlBody: '<p>Dear Olena</p>', attachments: [{ type: 'base64', name: 'quote.pdf', base64file: 'JVBERi0xLjQK' }] },
      ]);
    });

    it('rejects with a typed error when Outlook refuses the form', async () => {
      const outlook = anOutlook({ failures: { newMessageForm: { code: 0, name: 'Sys.ArgumentException', message: 'htmlBody is too long.' } } });
      outlook.open();
      await expect(new OfficeComposeHost(outlook.office).openNewMessage(message)).rejects.toMatchObject({ name: 'OfficeAsyncError', message: 'displayNewMessageForm failed: htmlBody is too long.' });
    });

    it('is not offered below Mailbox 1.6', async () => {
      const outlook = anOutlook({ mailboxMinor: 5 });
      outlook.open();
      const host = new OfficeComposeHost(outlook.office);
      expect(host.canOpenNewMessage()).toBe(false);
      await expect(host.openNewMessage(message)).rejects.toBeInstanceOf(ComposeUnavailableError);
      expect(outlook.state.newMessageForms).toEqual([]);
    });
  });
});
