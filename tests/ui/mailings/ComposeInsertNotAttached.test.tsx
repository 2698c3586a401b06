/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { DemoComposeWindow } from '../../../src/adapters/office/demo/DemoComposeWindow';
import type { App } from '../../../src/app/createApp';
import type { ComposeItem } from '../../../src/domain/ports';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// jsdom has no layout: the template editor's ProseMirror measures the selection to scroll it into view.
Object.assign(Range.prototype, { getClientRects: () => [], getBoundingClientRect: () => new DOMRect() });

/** An Outlook below Mailbox 1.8: it inserts text and a subject but takes no attachments from add-ins. */
class ComposeWithoutAttachments extends DemoComposeWindow {
  canAddAttachments(): boolean {
    return false;
  }
}

const PDF = Uint8Array.from('%PDF-1.4 price list', (c) => c.charCodeAt(0));

async function seed(app: App) {
  await app.createClient({
    client: { name: 'Contoso', status: 'customer', mailingConsent: 'granted', domains: [] },
    contacts: [{ name: 'Olena Petrenko', position: '', emails: ['olena@contoso.com'], phones: [] }],
  });
  const document = await app.mailings!.addDocument({ name: 'price-list.pdf', type: 'application/pdf', bytes: PDF });
  await app.mailings!.saveTemplate({
    name: 'Autumn offer',
    subject: 'Offer for {{client.name}}',
    bodyHtml: '<p>Dear {{contact.firstName|colleague}}.</p>',
    attachments: [{ documentId: document.id, name: document.name, contentType: document.contentType, size: document.size }],
  });
}

async function insertInto(compose: DemoComposeWindow, displayLanguage = 'en-US') {
  const olena = { name: 'Olena Petrenko', email: 'olena@contoso.com' };
  compose.open([olena]);
  const item: ComposeItem = { mode: 'compose', itemId: 'draft-1', getRecipients: async () => ({ to: [olena], cc: [] }), getSubject: async () => '' };
  const pane = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ item, displayLanguage }), mailing: { compose }, seed });
  await pane.user.click(await screen.findByRole('button', { name: displayLanguage.startsWith('uk') ? 'Вставити в лист: Autumn offer' : 'Insert into message: Autumn offer' }));
  return pane;
}

describe('inserting a template where Outlook cannot add attachments', () => {
  it('inserts the text and subject, says which documents to attach by hand and why, and offers each for download', async () => {
    const compose = new ComposeWithoutAttachments();
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const { user } = await insertInto(compose);

    const list = await screen.findByRole('list', { name: 'Inserted. Some documents are not attached' });
    expect(list).toHaveTextContent('price-list.pdf — this version of Outlook cannot add attachments from add-ins');
    expect(screen.getByText(/Template inserted for Olena Petrenko\. Attach these by hand/)).toBeInTheDocument();
    // A warning, not an error: nothing suggests the insert failed.
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
    expect(compose.draft()).toMatchObject({ subject: 'Offer for Contoso', attachments: [] });
    expect(compose.draft()!.html).toContain('Dear Olena.');

    await user.click(within(list).getByRole('button', { name: 'Download price-list.pdf' }));

    // The bytes come from IndexedDB first: the download starts once they are read.
    await waitFor(() => expect(clicked).toEqual([{ href: `data:application/pdf;base64,${btoa('%PDF-1.4 price list')}`, download: 'price-list.pdf' }]));
    click.mockRestore();
  });

  it('says it in Ukrainian', async () => {
    await insertInto(new ComposeWithoutAttachments(), 'uk-UA');
    const list = await screen.findByRole('list', { name: 'Вставлено. Деякі документи не вкладено' });
    expect(list).toHaveTextContent('price-list.pdf — ця версія Outlook не дозволяє надбудовам додавати вкладення');
    expect(within(list).getByRole('button', { name: 'Завантажити price-list.pdf' })).toBeInTheDocument();
  });

  it('where Outlook takes attachments, only says the template was inserted', async () => {
    const compose = new DemoComposeWindow();
    await insertInto(compose);
    expect(await screen.findByText('Template inserted for Olena Petrenko.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Inserted. Some documents are not attached' })).toBeNull();
    expect(compose.draft()!.attachments.map((a) => a.name)).toEqual(['price-list.pdf']);
  });
});
