/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { FakeDocumentLibrary } from '../../support/fakeDocumentLibrary';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import '../../support/templateEditorInJsdom';

const aFile = (name: string, text: string, type = 'text/plain') => new File([text], name, { type });

const aPriceList = { name: 'Price list 2027.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('Widget: 10 EUR') };

/** A template already attaching a library file, as the team saved it. */
const aTemplateWith = (name: string, d: { id: string; name: string; contentType: string; size: number }) => ({
  name,
  subject: name,
  bodyHtml: '<p>Hi</p>',
  attachments: [{ documentId: d.id, name: d.name, contentType: d.contentType, size: d.size }],
});

/** The open confirmation, found by its title (Fluent hides the page behind it from the accessibility tree). */
async function dialogTitled(title: string) {
  return (await screen.findByText(title)).closest('[role="dialog"]') as HTMLElement;
}

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

  it('the bin detaches a file from this template only: the team library keeps it and the other template still attaches it', async () => {
    const library = new FakeDocumentLibrary();
    const priceList = await library.upload(aPriceList);
    const { user, app } = await renderPane(<MailingsScreen />, {
      mailing: { documents: library },
      seed: async (a) => {
        await a.mailings!.saveTemplate(aTemplateWith('Autumn offer', priceList));
      },
    });
    const attachments = await openNewTemplate(user);
    const box = await within(attachments).findByRole('checkbox', { name: 'Price list 2027.txt' });
    await user.click(box);
    await user.click(within(attachments).getByRole('button', { name: /^Remove Price list 2027\.txt/ }));

    expect((await library.list()).documents.map((d) => d.name)).toEqual(['Price list 2027.txt']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(box).not.toBeChecked();
    expect(box).toHaveFocus();
    expect(within(attachments).queryByRole('button', { name: /^Remove Price list 2027\.txt/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(await dialogTitled('Close without saving?')).getByRole('button', { name: 'Close without saving', hidden: true }));
    await user.click(await screen.findByRole('button', { name: 'Edit: Autumn offer' }));
    const other = await screen.findByRole('group', { name: 'Attachments' });
    expect(await within(other).findByRole('checkbox', { name: 'Price list 2027.txt' })).toBeChecked();
    expect(within(other).queryByText(/not in this document library/)).toBeNull();
    expect((await app.mailings!.templates())[0]!.attachments.map((a) => a.name)).toEqual(['Price list 2027.txt']);
  });

  it('deletes a file from the team library only as its own act, which names the templates using it and asks first', async () => {
    const library = new FakeDocumentLibrary();
    await library.upload({ ...aPriceList, name: 'A brochure.txt' });
    const priceList = await library.upload(aPriceList);
    await library.upload({ ...aPriceList, name: 'Terms.txt' });
    const { user, app } = await renderPane(<MailingsScreen />, {
      mailing: { documents: library },
      seed: async (a) => {
        await a.mailings!.saveTemplate(aTemplateWith('Autumn offer', priceList));
      },
    });
    const attachments = await openNewTemplate(user);
    await user.click(await within(attachments).findByRole('button', { name: 'Preview Price list 2027.txt' }));
    const preview = await within(attachments).findByRole('region', { name: 'Preview Price list 2027.txt' });

    await user.click(within(preview).getByRole('button', { name: 'Delete from the team’s library' }));
    let dialog = await dialogTitled('Delete “Price list 2027.txt” from the team’s library?');
    expect(dialog).toHaveTextContent('1 template uses it and will lose it. It is deleted for the whole team');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel', hidden: true })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await library.list()).documents).toHaveLength(3);

    await user.click(within(preview).getByRole('button', { name: 'Delete from the team’s library' }));
    dialog = await dialogTitled('Delete “Price list 2027.txt” from the team’s library?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete', hidden: true }));
    await waitFor(() => expect(within(attachments).queryByRole('checkbox', { name: 'Price list 2027.txt' })).toBeNull());
    expect((await library.list()).documents.map((d) => d.name)).toEqual(['A brochure.txt', 'Terms.txt']);
    await waitFor(() => expect(within(attachments).getByRole('checkbox', { name: 'Terms.txt' })).toHaveFocus());
    // The template that used it shows the file as gone, to be detached.
    expect((await app.mailings!.templates())[0]!.attachments.map((a) => a.name)).toEqual(['Price list 2027.txt']);
  });

  it('after deleting the last file, the keyboard goes to Add document; the question speaks Ukrainian with the templates counted', async () => {
    const library = new FakeDocumentLibrary();
    const priceList = await library.upload(aPriceList);
    const { user } = await renderPane(<MailingsScreen />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      mailing: { documents: library },
      seed: async (a) => {
        await a.mailings!.saveTemplate(aTemplateWith('Autumn offer', priceList));
        await a.mailings!.saveTemplate(aTemplateWith('Spring offer', priceList));
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Новий шаблон' }));
    const attachments = await screen.findByRole('group', { name: 'Вкладення' });
    await user.click(await within(attachments).findByRole('button', { name: 'Переглянути Price list 2027.txt' }));
    await user.click(await within(attachments).findByRole('button', { name: 'Видалити з бібліотеки команди' }));
    const dialog = await dialogTitled('Видалити «Price list 2027.txt» з бібліотеки команди?');
    expect(dialog).toHaveTextContent('Його використовують 2 шаблони — у них його не стане.');
    await user.click(within(dialog).getByRole('button', { name: 'Видалити', hidden: true }));
    await waitFor(() => expect(within(attachments).getByRole('button', { name: 'Додати документ' })).toHaveFocus());
    expect((await library.list()).documents).toEqual([]);
  });

  it('speaks Ukrainian in a Ukrainian Outlook', async () => {
    const { user } = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    await user.click(await screen.findByRole('button', { name: 'Новий шаблон' }));
    expect(await screen.findByText('Зберігаються в цьому браузері (режим одного користувача).')).toBeInTheDocument();
  });
});
