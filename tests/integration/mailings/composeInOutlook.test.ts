/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { OfficeComposeHost } from '../../../src/adapters/office/OfficeComposeHost';
import { OfficeMailHost } from '../../../src/adapters/office/OfficeMailHost';
import { openApp } from '../../../src/app/openApp';
import { FakeMailHost } from '../../support/fakeMailHost';
import { anOutlook } from '../../unit/office/anOutlook';

let seq = 0;

/** The app over a fake store, inserting through Office.js into an Outlook compose window (office-addin-mock). */
async function writingInOutlook(subject: string, to = [{ displayName: 'Olena Petrenko', emailAddress: 'olena@contoso.com' }], outlookOptions: Parameters<typeof anOutlook>[0] = {}) {
  const outlook = anOutlook(outlookOptions);
  outlook.compose({ to, cc: [], subject, body: '<p>|</p><p>Anna</p>' });
  const app = await openApp(new FakeMailHost(), { dbName: `compose-outlook-${process.pid}-${++seq}`, mailing: { compose: new OfficeComposeHost(outlook.office) } });
  await app.createClient({
    client: { name: 'Contoso', domains: ['contoso.com'] },
    contacts: [{ name: 'Olena Petrenko', position: '', emails: ['olena@contoso.com'], phones: [] }],
  });
  const document = await app.mailings!.addDocument({ name: 'price-list.pdf', type: 'application/pdf', bytes: Uint8Array.from('%PDF-1.4', (c) => c.charCodeAt(0)) });
  const template = await app.mailings!.saveTemplate({
    name: 'Autumn offer',
    subject: 'Offer for {{client.name}}',
    bodyHtml: '<p>Dear {{contact.firstName|colleague}},</p>',
    attachments: [{ documentId: document.id, name: document.name, contentType: document.contentType, size: document.size }],
  });
  // The recipient is read from the compose item through Office.js, as the pane does.
  const item = new OfficeMailHost(outlook.office).currentItem();
  if (item?.mode !== 'compose') throw new Error('expected a compose item');
  const recipient = (await item.getRecipients()).to[0] ?? null;
  return { app, mailings: app.mailings!, template, recipient, draft: () => outlook.state.draft! };
}

describe('inserting a template into an Outlook message', () => {
  it('fills it for the recipient, inserts it at the cursor, sets the empty subject and attaches the documents', async () => {
    const { mailings, template, recipient, draft } = await writingInOutlook('');
    expect(recipient).toEqual({ name: 'Olena Petrenko', email: 'olena@contoso.com' });

    const { matchedClientId, notAttached } = await mailings.insertIntoCompose(template.id, recipient);

    expect(matchedClientId).not.toBeNull();
    expect(notAttached).toEqual([]);
    expect(draft().body).toBe('<p><p>Dear Olena,</p></p><p>Anna</p>');
    expect(draft().coercions).toEqual(['html']);
    expect(draft().subject).toBe('Offer for Contoso');
    expect(draft().attachments).toEqual([{ name: 'price-list.pdf', base64: btoa('%PDF-1.4'), isInline: false }]);
  });

  it('leaves a subject the manager already wrote', async () => {
    const { mailings, template, recipient, draft } = await writingInOutlook('Re: licences');
    await mailings.insertIntoCompose(template.id, recipient);
    expect(draft().subject).toBe('Re: licences');
  });

  it('uses the fallbacks for a recipient without a card', async () => {
    const { mailings, template, recipient, draft } = await writingInOutlook('', [{ displayName: 'Somebody', emailAddress: 'someone@elsewhere.com' }]);
    const { matchedClientId } = await mailings.insertIntoCompose(template.id, recipient);
    expect(matchedClientId).toBeNull();
    expect(draft().body).toContain('Dear colleague,');
  });

  it('below Mailbox 1.8 inserts the text and subject, attaches nothing, and names the documents to attach by hand', async () => {
    const { mailings, template, recipient, draft } = await writingInOutlook('', undefined, { mailboxMinor: 7 });

    const { notAttached } = await mailings.insertIntoCompose(template.id, recipient);

    expect(draft().body).toBe('<p><p>Dear Olena,</p></p><p>Anna</p>');
    expect(draft().subject).toBe('Offer for Contoso');
    expect(draft().attachments).toEqual([]);
    expect(notAttached).toEqual([expect.objectContaining({ name: 'price-list.pdf', reason: 'unsupported' })]);
    // The document the manager attaches by hand can still be downloaded.
    expect(await mailings.documentContent(notAttached[0]!.documentId)).toBe(btoa('%PDF-1.4'));
  });

  it('keeps the inserted text when Outlook refuses a document, and names it', async () => {
    const refused = { code: 9009, name: 'AttachmentSizeExceeded', message: 'The attachment is too large.' };
    const { mailings, template, recipient, draft } = await writingInOutlook('', undefined, { failures: { attach: refused } });

    const { notAttached } = await mailings.insertIntoCompose(template.id, recipient);

    expect(draft().body).toContain('Dear Olena,');
    expect(notAttached).toEqual([expect.objectContaining({ name: 'price-list.pdf', reason: 'refused' })]);
  });

  it('names a document that could not be read, and attaches the others', async () => {
    const { mailings, template, recipient, draft } = await writingInOutlook('');
    const quote = await mailings.addDocument({ name: 'quote.pdf', type: 'application/pdf', bytes: Uint8Array.from('%PDF-1.4 q', (c) => c.charCodeAt(0)) });
    await mailings.saveTemplate({ ...template, attachments: [...template.attachments, { documentId: quote.id, name: quote.name, contentType: quote.contentType, size: quote.size }] });
    await mailings.removeDocument(template.attachments[0]!.documentId);

    const { notAttached } = await mailings.insertIntoCompose(template.id, recipient);

    expect(notAttached).toEqual([expect.objectContaining({ name: 'price-list.pdf', reason: 'unreadable' })]);
    expect(draft().attachments.map((a) => a.name)).toEqual(['quote.pdf']);
  });
});
