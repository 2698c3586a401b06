/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { DemoComposeWindow } from '../../../src/adapters/office/demo/DemoComposeWindow';
import { OfficeComposeHost } from '../../../src/adapters/office/OfficeComposeHost';
import type { App } from '../../../src/app/createApp';
import type { ComposeHost } from '../../../src/domain/composePorts';
import { DocumentUnavailableError, type DocumentFailure, type NewDocument } from '../../../src/domain/documentPorts';
import type { MailingDocument } from '../../../src/domain/model/MailingDocument';
import type { ComposeItem } from '../../../src/domain/ports';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { NewEmailFromTemplate } from '../../../src/taskpane/modules/mailings/components/NewEmailFromTemplate';
import { FakeDocumentLibrary } from '../../support/fakeDocumentLibrary';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import '../../support/templateEditorInJsdom';
import { anOutlook, permissionDenied } from '../../unit/office/anOutlook';

const olena = { name: 'Olena Petrenko', email: 'olena@contoso.com' };
async function seed(app: App) {
  await app.createClient({ client: { name: 'Contoso', mailingConsent: 'granted', domains: [] }, contacts: [{ name: olena.name, position: '', emails: [olena.email], phones: [] }] });
  await app.mailings!.saveTemplate({ name: 'Autumn offer', subject: 'Offer for {{client.name}}', bodyHtml: '<p>Hello</p>', attachments: [] });
}

/** Insert into message on the template list, while a message to Olena is being written in `compose`. */
async function insertInto(compose: ComposeHost, displayLanguage = 'en-GB') {
  const item: ComposeItem = { mode: 'compose', itemId: 'draft-1', getRecipients: async () => ({ to: [olena], cc: [] }), getSubject: async () => '' };
  const pane = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ item, displayLanguage }), mailing: { compose }, seed });
  await pane.user.click(await screen.findByRole('button', { name: displayLanguage.startsWith('uk') ? 'Вставити в лист: Autumn offer' : 'Insert into message: Autumn offer' }));
  return (await screen.findByRole('alert')).textContent;
}

/** Outlook writing a message to Olena, refusing what `failures` names. */
function outlookWriting(failures: Parameters<typeof anOutlook>[0]) {
  const outlook = anOutlook(failures);
  outlook.compose({ to: [{ displayName: olena.name, emailAddress: olena.email }], cc: [], subject: '', body: '|' });
  return new OfficeComposeHost(outlook.office);
}

/** The team library refusing every change and download for `failure`, with `code` for an unknown one. */
class RefusingLibrary extends FakeDocumentLibrary {
  refusal: { failure: DocumentFailure; code?: string } | null = null;
  private refuse() {
    if (this.refusal) throw new DocumentUnavailableError(this.refusal.failure, 'GET /drives/…: 429 Too many requests (the library’s English)', { code: this.refusal.code ?? null });
  }
  override async upload(file: NewDocument, folder = ''): Promise<MailingDocument> {
    this.refuse();
    return super.upload(file, folder);
  }
  override async content(id: string): Promise<string> {
    this.refuse();
    return super.content(id);
  }
}

async function openTemplateDocuments(library: RefusingLibrary, displayLanguage = 'en-GB') {
  await library.upload({ name: 'Price list.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('Widget: 10 EUR') });
  const pane = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ displayLanguage }), mailing: { documents: library } });
  await pane.user.click(await screen.findByRole('button', { name: displayLanguage.startsWith('uk') ? 'Новий шаблон' : 'New template' }));
  const group = await screen.findByRole('group', { name: displayLanguage.startsWith('uk') ? 'Вкладення' : 'Attachments' });
  return { ...pane, group };
}

describe('Templates and mailings say what failed and what to do, in the pane’s language', () => {
  it('Outlook refusing the insertion: what to do, and its code for the administrator on a line of its own', async () => {
    const text = await insertInto(outlookWriting({ failures: { insert: permissionDenied } }));
    const alert = screen.getByRole('alert');
    expect(alert.firstChild?.textContent).toBe('The template was not inserted. Outlook refused it; try again, and if it happens again, tell your administrator.');
    expect(within(alert).getByText('Error code for your administrator: Office.js body.setSelectedDataAsync 9041')).toBeInTheDocument();
    expect(text).not.toMatch(/permission|Something went wrong/);
  });

  it('no message being written any more, in Ukrainian, with no code: the words say what to do', async () => {
    // The demo compose window, closed: the message was sent or discarded before Insert was pressed.
    const text = await insertInto(new DemoComposeWindow(), 'uk-UA');
    expect(text).toBe('Шаблон не вставлено. Лист уже не пишеться: відкрийте його або почніть новий, потім спробуйте ще раз.');
  });

  it('Outlook refusing to open the new email from a template', async () => {
    const compose = new OfficeComposeHost(anOutlook({ failures: { newMessageForm: { code: 0, name: 'Error', message: 'htmlBody is too long.' } } }).office);
    const { user } = await renderPane(<NewEmailFromTemplate clientId="" contact={null} />, { mailing: { compose }, seed });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'New email from template' }), 'Autumn offer');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const alert = await screen.findByRole('alert');
    expect(alert.firstChild?.textContent).toBe('The new email did not open. Outlook refused it; try again, and if it happens again, tell your administrator.');
    expect(within(alert).getByText('Error code for your administrator: Office.js displayNewMessageForm')).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('too long');
  });

  it('the team library throttling, not answering, refusing access or missing the file: each says what to do, with no code', async () => {
    const library = new RefusingLibrary();
    const { user, group } = await openTemplateDocuments(library);
    await within(group).findByRole('checkbox', { name: 'Price list.txt' });

    library.refusal = { failure: 'throttled' };
    await user.upload(within(group).getByLabelText('Add document'), new File(['Spring sale'], 'Flyer.txt', { type: 'text/plain' }));
    expect(await within(group).findByRole('alert')).toHaveTextContent(/^“Flyer\.txt” was not added to the library\. The team library asked to slow down: wait a minute, then try again\.$/);

    library.refusal = { failure: 'no-access' };
    await user.click(within(group).getByRole('button', { name: 'Preview Price list.txt' }));
    expect(await within(group).findByText('“Price list.txt” could not be opened. You have no access to the team library: ask your administrator for access to the team site.')).toBeInTheDocument();

    library.refusal = { failure: 'not-found' };
    await user.click(within(group).getByRole('button', { name: 'Preview Price list.txt' }));
    expect(await within(group).findByText('“Price list.txt” could not be opened. The file is no longer in the library: it may have been deleted.')).toBeInTheDocument();
    expect(within(group).queryByText(/English|429/)).toBeNull();
  });

  it('the team library in Ukrainian: not answering, and an unknown refusal with the code for the administrator', async () => {
    const library = new RefusingLibrary();
    const { user, group } = await openTemplateDocuments(library, 'uk-UA');
    await within(group).findByRole('checkbox', { name: 'Price list.txt' });

    library.refusal = { failure: 'unavailable' };
    await user.click(within(group).getByRole('button', { name: 'Переглянути Price list.txt' }));
    expect(await within(group).findByText('Не вдалося відкрити «Price list.txt». Бібліотека команди зараз не відповідає: спробуйте за кілька хвилин.')).toBeInTheDocument();

    library.refusal = { failure: 'failed', code: 'HTTP 409 nameAlreadyExists' };
    await user.upload(within(group).getByLabelText('Додати документ'), new File(['x'], 'Flyer.txt', { type: 'text/plain' }));
    const alert = await within(group).findByRole('alert');
    expect(alert.firstChild?.textContent).toBe('«Flyer.txt» не додано до бібліотеки. Бібліотека команди цього не прийняла; якщо це повториться, зверніться до адміністратора.');
    expect(within(alert).getByText('Код помилки для адміністратора: HTTP 409 nameAlreadyExists')).toBeInTheDocument();
  });
});
