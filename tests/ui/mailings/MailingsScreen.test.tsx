/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { DemoComposeWindow } from '../../../src/adapters/office/demo/DemoComposeWindow';
import type { App } from '../../../src/app/createApp';
import type { MailSender, OutgoingMessage, Scheduler } from '../../../src/domain/mailingPorts';
import type { ComposeItem } from '../../../src/domain/ports';
import { ClientMailingActions } from '../../../src/taskpane/modules/mailings/components/ClientMailingActions';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { NewEmailFromTemplate } from '../../../src/taskpane/modules/mailings/components/NewEmailFromTemplate';
import { useApp } from '../../../src/taskpane/ui/AppContext';
import { useLive } from '../../../src/taskpane/ui/useLive';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// jsdom has no layout: ProseMirror measures the selection to scroll it into view; nothing to scroll here.
const noRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) });
Object.assign(Range.prototype, { getClientRects: () => [], getBoundingClientRect: noRect });
if (!document.elementFromPoint) Object.assign(document, { elementFromPoint: () => null });

const instant: Scheduler = { sleep: async () => undefined };

class RecordingSender implements MailSender {
  readonly sent: OutgoingMessage[] = [];
  async send(message: OutgoingMessage) {
    this.sent.push(message);
  }
}

async function aClientWith(app: App, name: string, consent: 'granted' | 'unknown' | 'opted-out', contact: string, email: string) {
  return app.createClient({
    client: { name, status: 'customer', mailingConsent: consent, domains: [] },
    contacts: [{ name: contact, position: '', emails: email ? [email] : [], phones: [] }],
  });
}

async function aTemplate(app: App, bodyHtml = '<p>Dear {{contact.firstName|colleague}}, news for {{client.name}}.</p><p>{{deal.title}}</p>') {
  return app.mailings!.saveTemplate({ name: 'Autumn offer', subject: 'Offer for {{client.name}}', bodyHtml, attachments: [] });
}

describe('MailingsScreen: templates', () => {
  it('creates a template in the rich-text editor with a merge field and lists it', async () => {
    const { user, app } = await renderPane(<MailingsScreen />, { route: { screen: 'mailings' } });
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Welcome');
    await user.type(screen.getByRole('textbox', { name: /Subject/ }), 'Hello');
    const body = await screen.findByTestId('template-body');
    await user.click(body);
    // Offered by the name people read; the template keeps the field's code.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Insert merge field' }), 'Client name');
    await waitFor(() => expect(body.textContent).toContain('{{client.name}}'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Welcome')).toBeInTheDocument();
    const [saved] = await app.mailings!.templates();
    expect(saved!.bodyHtml).toContain('{{client.name}}');
    // Typing into ProseMirror under jsdom is slow on a busy machine.
  }, 20_000);

  it('works from the keyboard: the editor opens with the focus on Name, and Delete asks first, on Cancel, then leaves the focus on New template', async () => {
    const { user, app } = await renderPane(<MailingsScreen />, { seed: async (seeded) => void (await aTemplate(seeded)) });
    (await screen.findByRole('button', { name: 'New template' })).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('textbox', { name: /Name/ })).toHaveFocus();
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'New template' })).toHaveFocus());

    screen.getByRole('button', { name: 'Edit: Autumn offer' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('textbox', { name: /Name/ })).toHaveFocus();
    screen.getByRole('button', { name: 'Delete' }).focus();
    await user.keyboard('{Enter}');
    const dialog = (await screen.findByText('Delete the template “Autumn offer”?')).closest('[role="dialog"]') as HTMLElement;
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel', hidden: true })).toHaveFocus());
    expect(await app.mailings!.templates()).toHaveLength(1);
    within(dialog).getByRole('button', { name: 'Delete', hidden: true }).focus();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await app.mailings!.templates()).toHaveLength(0));
    await waitFor(() => expect(screen.getByRole('button', { name: 'New template' })).toHaveFocus());
  }, 20_000);

  it('closes on Escape as Cancel does, asking first once something was typed, and saves on Enter in Subject', async () => {
    const { user, app } = await renderPane(<MailingsScreen />);
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    expect(await screen.findByRole('textbox', { name: /Name/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'New template' })).toHaveFocus());

    await user.keyboard('{Enter}');
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Welcome');
    await user.keyboard('{Escape}');
    const dialog = (await screen.findByText('Close without saving?')).closest('[role="dialog"]') as HTMLElement;
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing', hidden: true }));
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Welcome');

    await user.type(screen.getByRole('textbox', { name: /Subject/ }), 'Hello{Enter}');
    await waitFor(async () => expect((await app.mailings!.templates()).map((t) => t.name)).toEqual(['Welcome']));
  }, 20_000);

  it('asks for a name and a subject', async () => {
    const { user } = await renderPane(<MailingsScreen />);
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Required')).toHaveLength(2);
  });

  it('takes a field’s “Required” away once the user fills it in', async () => {
    const { user } = await renderPane(<MailingsScreen />);
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Required')).toHaveLength(2);
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Welcome');
    expect(screen.getAllByText('Required')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /Name/ })).not.toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByRole('textbox', { name: /Subject/ }), 'Hello');
    expect(screen.queryByText('Required')).toBeNull();
  });

  it('previews the template for a chosen contact, escaping values and warning of empty fields', async () => {
    const { user } = await renderPane(<MailingsScreen />, {
      seed: async (app) => {
        await aClientWith(app, '<b>Bold</b> & Co', 'granted', 'Olena Petrenko', 'olena@bold.com');
        await aTemplate(app);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit: Autumn offer' }));
    const preview = await screen.findByTestId('template-preview');
    await waitFor(() => expect(preview).toHaveTextContent('Dear colleague, news for .'));
    // By the option itself: user-event compares option values and innerHTML, which has the name escaped.
    const bold = await screen.findByRole('option', { name: '<b>Bold</b> & Co' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preview for' }), bold);
    await waitFor(() => expect(preview).toHaveTextContent('Offer for <b>Bold</b> & Co'));
    expect(preview.querySelector('b')).toBeNull();
    expect(screen.getByText('Empty for this recipient: Deal title')).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Olena Petrenko' });
    const contacts = screen.getAllByRole('combobox', { name: 'Preview for' })[1]!;
    await user.selectOptions(contacts, 'Olena Petrenko');
    await waitFor(() => expect(preview).toHaveTextContent('Dear Olena, news for <b>Bold</b> & Co.'));
  });

  it('names the merge fields in Ukrainian, in the field picker and in the preview’s warnings', async () => {
    const { user } = await renderPane(<MailingsScreen />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (app) => {
        await aClientWith(app, 'Контора', 'granted', 'Олена Петренко', 'olena@kontora.ua');
        await aTemplate(app);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Змінити: Autumn offer' }));
    const picker = await screen.findByRole('combobox', { name: 'Вставити поле злиття' });
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(expect.arrayContaining(['Назва клієнта', 'Ім’я контактної особи', 'Підпис менеджера', 'Сума угоди']));
    expect(within(picker).queryByRole('option', { name: 'client.name' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Перегляд для' }), await screen.findByRole('option', { name: 'Контора' }));
    expect(await screen.findByText('Порожні для цього одержувача: Назва угоди')).toBeInTheDocument();
    await user.selectOptions(screen.getAllByRole('combobox', { name: 'Перегляд для' })[1]!, await screen.findByRole('option', { name: 'Олена Петренко' }));
    await waitFor(() => expect(screen.getByTestId('template-preview')).toHaveTextContent('Dear Олена, news for Контора.'));
  });

  it('inserts a template filled for the compose item’s recipient at the cursor and sets an empty subject', async () => {
    const compose = new DemoComposeWindow();
    compose.open([{ name: 'Olena Petrenko', email: 'olena@contoso.com' }]);
    const item: ComposeItem = {
      mode: 'compose',
      itemId: 'draft-1',
      getRecipients: async () => ({ to: [{ name: 'Olena Petrenko', email: 'olena@contoso.com' }], cc: [] }),
      getSubject: async () => '',
    };
    const { user } = await renderPane(<MailingsScreen />, {
      host: new FakeMailHost({ item }),
      mailing: { compose },
      seed: async (app) => {
        await aClientWith(app, 'Contoso', 'granted', 'Olena Petrenko', 'olena@contoso.com');
        await aTemplate(app);
      },
    });
    expect(await screen.findByText('You are writing a message: insert a template at the cursor.')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Bulk mailing' })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Insert into message: Autumn offer' }));
    expect(await screen.findByText('Template inserted for Olena Petrenko.')).toBeInTheDocument();
    expect(compose.draft()).toMatchObject({ subject: 'Offer for Contoso' });
    expect(compose.draft()!.html).toContain('Dear Olena, news for Contoso.');
  });
});

describe('MailingsScreen: bulk mailing', () => {
  it('shows the audience and who is left out, sends to the rest and reports progress', async () => {
    const sender = new RecordingSender();
    const { user } = await renderPane(<MailingsScreen />, {
      mailing: { sender, scheduler: instant },
      seed: async (app) => {
        await aClientWith(app, 'Alpha', 'granted', 'Anna Alpha', 'anna@alpha.com');
        await aClientWith(app, 'Beta', 'granted', 'Borys Beta', 'borys@beta.com');
        await aClientWith(app, 'Gamma', 'opted-out', 'Galyna Gamma', 'galyna@gamma.com');
        await aClientWith(app, 'Delta', 'unknown', 'Dmytro Delta', 'dmytro@delta.com');
        await aClientWith(app, 'Epsilon', 'granted', 'No Address', '');
        await aTemplate(app);
      },
    });
    await user.click(await screen.findByRole('tab', { name: 'Bulk mailing' }));
    expect(await screen.findByText('2 recipients')).toBeInTheDocument();
    await user.click(screen.getByText('3 left out'));
    const excluded = screen.getByRole('list', { name: '3 left out' });
    expect(within(excluded).getByText(/Gamma — Galyna Gamma <galyna@gamma.com>: opted out/)).toBeInTheDocument();
    expect(within(excluded).getByText(/Delta — Dmytro Delta <dmytro@delta.com>: no mailing consent/)).toBeInTheDocument();
    expect(within(excluded).getByText(/Epsilon — No Address: no email address/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: /Template/ }), 'Autumn offer');
    await user.click(screen.getByRole('button', { name: 'Send mailing' }));
    const confirm = (await screen.findByText('Send “Autumn offer” to 2 recipients from your mailbox?')).closest('[role="dialog"]') as HTMLElement;
    await user.click(within(confirm).getByRole('button', { name: 'Send', hidden: true }));
    const card = await screen.findByTestId('mailing-card');
    await waitFor(() => expect(card).toHaveTextContent('2 of 2 sent'));
    expect(await within(card).findByText('Done')).toBeInTheDocument();
    expect(sender.sent.map((m) => m.subject).sort()).toEqual(['Offer for Alpha', 'Offer for Beta']);
  });

  it('says so when this pane cannot send', async () => {
    const { user } = await renderPane(<MailingsScreen />, { mailing: { sender: null } });
    await user.click(await screen.findByRole('tab', { name: 'Bulk mailing' }));
    expect(await screen.findAllByText(/cannot send mailings/)).not.toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Send mailing' })).toBeDisabled();
  });
});

describe('NewEmailFromTemplate', () => {
  it('opens the new-message form filled for the contact, from a read message or a card', async () => {
    const compose = new DemoComposeWindow();
    const { user } = await renderPane(<NewEmail />, {
      mailing: { compose },
      seed: async (app) => {
        await aClientWith(app, 'Contoso', 'granted', 'Olena Petrenko', 'olena@contoso.com');
        await aTemplate(app);
      },
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'New email from template' }), 'Autumn offer');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(compose.draft()).toMatchObject({ to: [{ name: 'Olena Petrenko', email: 'olena@contoso.com' }], subject: 'Offer for Contoso' }));
    expect(compose.draft()!.html).toContain('Dear Olena, news for Contoso.');
  });
});

describe('ClientMailingActions', () => {
  const seed = async (a: App) => void (await aClientWith(a, 'Alpha', 'granted', 'Anna Alpha', 'anna@alpha.com'));

  it('asks before recording an opt-out, on Cancel, then leaves the client out of later mailings', async () => {
    const { user, app } = await renderPane(<Actions />, { seed });
    const optOut = await screen.findByRole('button', { name: 'Record opt-out' });
    await user.click(optOut);
    const dialog = await screen.findByRole('dialog', { name: 'Record that “Alpha” opted out of mailings?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(optOut).toHaveFocus());
    expect((await app.mailings!.audience({ regions: [], industries: [], statuses: [] })).excluded).toEqual([]);

    await user.click(optOut);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Record opt-out' }));
    const notice = await screen.findByText(/Opted out of mailings: no mailing reaches this client/);
    await waitFor(() => expect(notice).toHaveFocus());
    expect((await app.mailings!.audience({ regions: [], industries: [], statuses: [] })).excluded.map((e) => e.reason)).toEqual(['opted-out']);
  });

  it('says when the opt-out could not be recorded, keeping the button', async () => {
    const { user, app } = await renderPane(<Actions />, { seed });
    jest.spyOn(app.mailings!.loaded()!, 'optOut').mockRejectedValue(new TypeError('Failed to fetch'));
    await user.click(await screen.findByRole('button', { name: 'Record opt-out' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Record opt-out' }));
    // No words for it: what failed, and the error's name for the administrator on its own line, never its English.
    expect(await screen.findByText('The opt-out was not recorded: something went wrong. Try again; if it keeps failing, tell your administrator.')).toBeInTheDocument();
    expect(screen.getByText('Error code for your administrator: TypeError')).toBeInTheDocument();
    expect(screen.queryByText(/Failed to fetch/)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Record opt-out' })).toHaveFocus());
  });

  it('says in words that the opt-out was not recorded because the device’s storage is full, not Dexie’s English', async () => {
    const { user } = await renderPane(<Actions />, { seed });
    await user.click(await screen.findByRole('button', { name: 'Record opt-out' }));
    const disk = diskFullAt('Alpha');
    try {
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Record opt-out' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(/^The opt-out was not recorded: the device’s storage is full\. Free some space, then try again\.$/);
      expect(screen.queryByText(/QuotaExceeded|disk is full/)).not.toBeInTheDocument();
    } finally {
      disk.free();
    }
  });
});

function NewEmail() {
  const app = useApp();
  const { data } = useLive(async () => (await app.queries.searchClients('', 1))[0] ?? null, []);
  return data ? <NewEmailFromTemplate clientId={data.client.id} contact={data.contacts[0] ?? null} /> : null;
}

/** The card's hook-in: the actions for the first client in the store, re-read live. */
function Actions() {
  const app = useApp();
  const { data } = useLive(async () => {
    const [hit] = await app.queries.searchClients('', 1);
    return hit ?? null;
  }, []);
  return data ? <ClientMailingActions client={data.client} /> : null;
}
