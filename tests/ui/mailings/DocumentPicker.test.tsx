/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { FakeDocumentLibrary } from '../../support/fakeDocumentLibrary';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// jsdom has no layout: ProseMirror measures the selection to scroll it into view; nothing to scroll here.
const noRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) });
Object.assign(Range.prototype, { getClientRects: () => [], getBoundingClientRect: noRect });
if (!document.elementFromPoint) Object.assign(document, { elementFromPoint: () => null });

// jsdom lacks what every browser the pane runs in has: file bytes and text codecs.
Object.assign(globalThis, { TextEncoder, TextDecoder });
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

const aFile = (name: string, text: string, type = 'text/plain') => new File([text], name, { type });

async function openNewTemplate(user: Awaited<ReturnType<typeof renderPane>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'New template' }));
  return screen.findByRole('group', { name: 'Attachments' });
}

describe('Template documents', () => {
  it('in single-user mode keeps an added document in this browser, attaches it and previews it', async () => {
    const { user, app } = await renderPane(<MailingsScreen />);
    const attachments = await openNewTemplate(user);
    expect(await within(attachments).findByText('Kept in this browser (single-user mode).')).toBeInTheDocument();
    await user.upload(within(attachments).getByLabelText('Add document'), aFile('Terms.txt', 'Payment: 30 days net'));
    expect(await within(attachments).findByRole('checkbox', { name: 'Terms.txt' })).toBeChecked();
    await user.click(await within(attachments).findByRole('button', { name: 'Preview Terms.txt' }));
    expect(await within(attachments).findByText('Payment: 30 days net')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Terms');
    await user.type(screen.getByRole('textbox', { name: /Subject/ }), 'Our terms');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Terms')).toBeInTheDocument();
    const [template] = await app.mailings!.templates();
    expect(template!.attachments.map((a) => a.name)).toEqual(['Terms.txt']);
    expect((await app.mailings!.documents()).from).toBe('local');
  }, 20_000);

  it('with a team store lists the team library and adds files to it', async () => {
    const library = new FakeDocumentLibrary();
    await library.upload({ name: 'Catalogue 2027.pdf', contentType: 'application/pdf', bytes: new Uint8Array(2 * 1024 * 1024) });
    const { user } = await renderPane(<MailingsScreen />, { mailing: { documents: library } });
    const attachments = await openNewTemplate(user);
    expect(await within(attachments).findByText('From the team site’s document library.')).toBeInTheDocument();
    expect(within(attachments).getByRole('checkbox', { name: 'Catalogue 2027.pdf' })).not.toBeChecked();
    expect(within(attachments).getByText('2 MB')).toBeInTheDocument();
    await user.upload(within(attachments).getByLabelText('Add document'), aFile('Flyer.txt', 'Spring sale'));
    expect(await within(attachments).findByRole('checkbox', { name: 'Flyer.txt' })).toBeChecked();
    expect((await library.list()).documents.map((d) => d.name)).toEqual(['Catalogue 2027.pdf', 'Flyer.txt']);
  });

  it('offline, says the list is this computer’s copies, previews a kept file and explains one that is not kept', async () => {
    const library = new FakeDocumentLibrary();
    await library.upload({ name: 'Kept.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('opened yesterday') });
    const never = await library.upload({ name: 'Not kept.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('x') });
    library.kept.delete(never.id);
    library.from = 'cache';
    const { user } = await renderPane(<MailingsScreen />, { mailing: { documents: library } });
    const attachments = await openNewTemplate(user);
    expect(await within(attachments).findByText(/Offline: the team library cannot be reached/)).toBeInTheDocument();
    await user.click(within(attachments).getByRole('button', { name: 'Preview Kept.txt' }));
    expect(await within(attachments).findByText('opened yesterday')).toBeInTheDocument();
    await user.click(within(attachments).getByRole('button', { name: 'Preview Not kept.txt' }));
    expect(await within(attachments).findByText('The team library cannot be reached and this file is not kept on this computer.')).toBeInTheDocument();
    await user.upload(within(attachments).getByLabelText('Add document'), aFile('New.txt', 'x'));
    expect(await within(attachments).findByText('The team library cannot be reached: files can be added and removed when the pane is back online.')).toBeInTheDocument();
  });

  it('keeps an attached document the library no longer lists visible, so it can be detached', async () => {
    const library = new FakeDocumentLibrary();
    const gone = await library.upload({ name: 'Old flyer.pdf', contentType: 'application/pdf', bytes: new Uint8Array(10) });
    const { user, app } = await renderPane(<MailingsScreen />, {
      mailing: { documents: library },
      seed: async (a) => {
        await a.mailings!.saveTemplate({ name: 'Spring', subject: 'Spring', bodyHtml: '<p>Hi</p>', attachments: [{ documentId: gone.id, name: gone.name, contentType: gone.contentType, size: gone.size }] });
      },
    });
    await library.remove(gone.id);
    await user.click(await screen.findByRole('button', { name: 'Edit: Spring' }));
    const attachments = await screen.findByRole('group', { name: 'Attachments' });
    const box = await within(attachments).findByRole('checkbox', { name: 'Old flyer.pdf' });
    expect(within(attachments).getByText(/not in this document library/)).toBeInTheDocument();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Edit: Spring' });
    expect((await app.mailings!.templates())[0]!.attachments).toEqual([]);
  });

  it('speaks Ukrainian in a Ukrainian Outlook', async () => {
    const { user } = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.click(await screen.findByRole('button', { name: 'Новий шаблон' }));
    expect(await screen.findByText('Зберігаються в цьому браузері (режим одного користувача).')).toBeInTheDocument();
  });
});
