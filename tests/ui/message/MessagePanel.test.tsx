/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { useState } from 'react';
import type { ComposeItem } from '../../../src/domain/ports';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { CreateClientScreen } from '../../../src/taskpane/modules/create-client/components/CreateClientScreen';
import { MessagePanel } from '../../../src/taskpane/modules/message/components/MessagePanel';
import { useNavigation } from '../../../src/taskpane/ui/Route';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';
import { readFailsAt } from '../../support/readFailsAt';
import { renderPane } from '../../support/renderPane';
import { aReadItem } from '../../support/builders/aReadItem';

/** The three screens of the inbox flow, switched by the route the way the shell does. */
function InboxFlow({ item }: { item: Parameters<typeof MessagePanel>[0]['item'] }) {
  const { route } = useNavigation();
  if (route.screen === 'create-client') return <CreateClientScreen draft={route.draft} fromMessage={route.fromMessage} />;
  if (route.screen === 'client') return <ClientScreen clientId={route.clientId} tab={route.tab} />;
  return <MessagePanel item={item} />;
}

/** The pane closed and opened again on the same message (same store): a fresh MessagePanel. */
function Reopenable({ item }: { item: Parameters<typeof MessagePanel>[0]['item'] }) {
  const [opened, setOpened] = useState(1);
  return (
    <>
      <button onClick={() => setOpened((n) => n + 1)}>Reopen the pane</button>
      <MessagePanel key={opened} item={item} />
    </>
  );
}

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(20_000);

describe('MessagePanel', () => {
  it('creates a client prefilled from an unknown sender and its signature, then returns to the message, now matched, to log it', async () => {
    const item = aReadItem();
    const host = new FakeMailHost({ item });
    host.setBody(item.itemId, { kind: 'text', content: 'Hello,\n\nplease send a quote.\n\nTaras Shevchuk\nHead of Procurement\n+380 44 123 4567\nwww.fabrikam.ua' });
    const { user, app, route } = await renderPane(<InboxFlow item={item} />, { host });

    const row = (await screen.findByText('Unknown sender: not in Clientbook yet')).closest('li') as HTMLElement;
    expect(within(row).getByText('Taras Shevchuk')).toBeInTheDocument();
    expect(screen.getByText('Create or match a client to log this email.')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Create client from Taras Shevchuk' }));

    expect(await screen.findByRole('heading', { name: 'New client' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Client name/)).toHaveValue('Fabrikam');
    expect(screen.getByRole('textbox', { name: 'Email domains' })).toHaveValue('fabrikam.ua');
    expect(screen.getByLabelText('Contact name')).toHaveValue('Taras Shevchuk');
    expect(screen.getByLabelText('Contact email')).toHaveValue('taras.shevchuk@fabrikam.ua');
    expect(screen.getByLabelText('Position')).toHaveValue('Head of Procurement');

    await user.clear(screen.getByLabelText(/^Client name/));
    await user.type(screen.getByLabelText(/^Client name/), 'Fabrikam Ukraine');
    await user.selectOptions(screen.getByLabelText('Industry'), 'IT and software');
    await user.click(screen.getByRole('button', { name: 'Save client' }));

    // Back at the message: the sender is the new client's contact, and the email can be logged there.
    expect(await screen.findByText('Contact of Fabrikam Ukraine')).toBeInTheDocument();
    expect(route()).toMatchObject({ screen: 'home' });
    expect(screen.getByRole('button', { name: 'Log email' })).toBeEnabled();
    await user.click(screen.getAllByRole('button', { name: /^Open card of Fabrikam Ukraine/ })[0]!);
    expect(await screen.findByText('IT and software')).toBeInTheDocument();
    const hits = await app.queries.searchClients('fabrikam');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.contacts[0]).toMatchObject({ name: 'Taras Shevchuk', emails: ['taras.shevchuk@fabrikam.ua'], position: 'Head of Procurement' });
  });

  it('logs an email once: the pane shows it logged, reopening says already logged with who and when, and history has one entry', async () => {
    const item = aReadItem({ attachments: [{ name: 'quote.pdf', size: 1000, contentType: 'application/pdf', isInline: false }] });
    const host = new FakeMailHost({ item });
    let clientId = '';
    const { user, app } = await renderPane(<Reopenable item={item} />, {
      host,
      seed: async (seeded) => {
        const client = await seeded.createClient({
          client: { name: 'Fabrikam', domains: ['fabrikam.ua'] },
          contacts: [{ name: 'Taras Shevchuk', position: '', emails: ['taras.shevchuk@fabrikam.ua'], phones: [] }],
        });
        clientId = client.id;
      },
    });

    expect(await screen.findByText('Contact of Fabrikam')).toBeInTheDocument();
    // With the keyboard: the pressed button keeps the focus through "Logging…" to "Logged".
    screen.getByRole('button', { name: 'Log email' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Logged to Fabrikam')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Logged' })).toHaveAttribute('aria-disabled', 'true'));
    expect(screen.getByRole('button', { name: 'Logged' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(host.logged.has(item.itemId)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Reopen the pane' }));
    expect(await screen.findByText('Already logged')).toBeInTheDocument();
    expect(screen.getByText(/Logged to Fabrikam by Maria Koval, today/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Logged' })).toHaveAttribute('aria-disabled', 'true');

    expect((await app.logEmail(item, clientId)).status).toBe('already-logged');
    const { history } = await app.queries.clientCard(clientId);
    expect(history).toHaveLength(1);
    expect(history[0]?.email?.attachmentNames).toEqual(['quote.pdf']);
  });

  it('warns when the Outlook category could not be set, though the email is logged', async () => {
    const item = aReadItem();
    const host = new FakeMailHost({ item });
    host.markLogged = async () => {
      throw new Error('Categories are not available');
    };
    const { user } = await renderPane(<MessagePanel item={item} />, {
      host,
      seed: async (app) => {
        await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Log email' }));
    expect(await screen.findByText('Logged, but the Outlook category could not be set on the message.')).toBeInTheDocument();
    expect(screen.getByText('Logged to Fabrikam')).toBeInTheDocument();
  });

  it('says in words that the email was not logged because the device’s storage is full, not Dexie’s English', async () => {
    const item = aReadItem();
    const { user, app } = await renderPane(<MessagePanel item={item} />, {
      host: new FakeMailHost({ item }),
      seed: async (seeded) => {
        await seeded.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
      },
    });
    app.logEmail = async () => {
      throw new Dexie.QuotaExceededError('The disk is full.', new DOMException('The disk is full.', 'QuotaExceededError'));
    };
    await user.click(await screen.findByRole('button', { name: 'Log email' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^The email could not be logged: the device’s storage is full\. Free some space, then try again\.$/);
    expect(screen.queryByText(/QuotaExceeded|disk is full/)).not.toBeInTheDocument();
  });

  it('says in Ukrainian that the participants could not be matched when the store cannot be read, with the code for the administrator', async () => {
    const item = aReadItem();
    let reads = { mend: () => {} };
    try {
      await renderPane(<MessagePanel item={item} />, {
        host: new FakeMailHost({ item, displayLanguage: 'uk-UA' }),
        seed: async (seeded) => {
          await seeded.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
          reads = readFailsAt('clients');
        },
      });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/^Не вдалося зіставити учасників: Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора\.Код помилки для адміністратора: UnknownError$/);
      expect(alert).not.toHaveTextContent(/Internal error|Dexie/);
    } finally {
      reads.mend();
    }
  });

  it('shows a new colleague at a known client’s domain and adds them as a contact in one click', async () => {
    const item = aReadItem({
      from: { name: 'Iryna Bondar', email: 'iryna.bondar@fabrikam.ua' },
      cc: [{ name: 'Olena Petrenko', email: 'olena@fabrikam.ua' }],
    });
    let clientId = '';
    const { user, app } = await renderPane(<MessagePanel item={item} />, {
      host: new FakeMailHost({ item }),
      seed: async (seeded) => {
        const client = await seeded.createClient({
          client: { name: 'Fabrikam', domains: ['fabrikam.ua'] },
          contacts: [{ name: 'Olena Petrenko', position: '', emails: ['olena@fabrikam.ua'], phones: [] }],
        });
        clientId = client.id;
      },
    });

    const row = (await screen.findByText('New colleague at Fabrikam')).closest('li') as HTMLElement;
    expect(within(row).getByText('Iryna Bondar')).toBeInTheDocument();
    expect(screen.getByText('Contact of Fabrikam')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Fabrikam' })).toBeInTheDocument();
    // With the keyboard: the focus moves on to the row's Open card once the colleague is a contact.
    within(row).getByRole('button', { name: 'Add Iryna Bondar as contact of Fabrikam' }).focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByText('New colleague at Fabrikam')).not.toBeInTheDocument());
    expect(screen.getAllByText('Contact of Fabrikam')).toHaveLength(2);
    const added = screen.getByText('Iryna Bondar').closest('li') as HTMLElement;
    await waitFor(() => expect(within(added).getByRole('button', { name: 'Open card of Fabrikam' })).toHaveFocus());
    const { contacts } = await app.queries.clientCard(clientId);
    expect(contacts.map((c) => c.emails[0]).sort()).toEqual(['iryna.bondar@fabrikam.ua', 'olena@fabrikam.ua']);
  });

  it('says in words that a new colleague was not added as a contact because the device’s storage is full', async () => {
    const item = aReadItem({ from: { name: 'Iryna Bondar', email: 'iryna.bondar@fabrikam.ua' } });
    const { user } = await renderPane(<MessagePanel item={item} />, {
      host: new FakeMailHost({ item }),
      seed: async (seeded) => {
        await seeded.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
      },
    });
    const disk = diskFullAt('Iryna Bondar');
    try {
      await user.click(await screen.findByRole('button', { name: 'Add Iryna Bondar as contact of Fabrikam' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(/^The contact could not be added: the device’s storage is full\. Free some space, then try again\.$/);
      expect(screen.queryByText(/QuotaExceeded|disk is full/)).not.toBeInTheDocument();
    } finally {
      disk.free();
    }
  });

  it('lets the manager choose the client when the message involves several', async () => {
    const item = aReadItem({ cc: [{ name: 'Ann Lee', email: 'ann@contoso.com' }] });
    let contosoId = '';
    const { user, app } = await renderPane(<MessagePanel item={item} />, {
      host: new FakeMailHost({ item }),
      seed: async (seeded) => {
        await seeded.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
        contosoId = (await seeded.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] })).id;
      },
    });
    await user.selectOptions(await screen.findByLabelText('Log to client'), 'Contoso');
    await user.click(screen.getByRole('button', { name: 'Log email' }));
    expect(await screen.findByText('Logged to Contoso')).toBeInTheDocument();
    expect((await app.queries.clientCard(contosoId)).history).toHaveLength(1);
  });

  it('says why personal and malformed addresses are not matched', async () => {
    const item = aReadItem({
      from: { name: 'Petro', email: 'petro1985@gmail.com' },
      cc: [{ name: 'Broken', email: 'not-an-address' }],
    });
    await renderPane(<MessagePanel item={item} />, { host: new FakeMailHost({ item }) });
    expect(await screen.findByText('Personal address (free mail): not matched by domain')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create client from Petro' })).toBeInTheDocument();
    const broken = screen.getByText('Invalid address').closest('li') as HTMLElement;
    expect(within(broken).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says so clearly when a message has no sender and nobody to match', async () => {
    const item = aReadItem({ from: null, sender: null, to: [{ name: 'Maria Koval', email: 'me@clientbook.example' }] });
    await renderPane(<MessagePanel item={item} />, { host: new FakeMailHost({ item }) });
    expect(await screen.findByText('This message has no sender.')).toBeInTheDocument();
    expect(screen.getByText(/There is nobody to match in this message/)).toBeInTheDocument();
  });

  it('matches a draft’s recipients, without a Log button, and re-reads them on request', async () => {
    let recipients = { to: [{ name: 'Ann Lee', email: 'ann@contoso.com' }], cc: [] as { name: string; email: string }[] };
    const compose: ComposeItem = { mode: 'compose', itemId: 'draft-1', getRecipients: async () => recipients, getSubject: async () => '' };
    const { user } = await renderPane(<MessagePanel item={compose} />, {
      host: new FakeMailHost({ item: compose }),
      seed: async (app) => {
        await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] });
      },
    });
    expect(await screen.findByText('New colleague at Contoso')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Recipients' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log email' })).not.toBeInTheDocument();

    recipients = { to: [{ name: 'Nick', email: 'nick@northwind.example' }], cc: [] };
    await user.click(screen.getByRole('button', { name: 'Check recipients again' }));
    expect(await screen.findByText('Unknown sender: not in Clientbook yet')).toBeInTheDocument();
  });

  it('speaks Ukrainian when Outlook does', async () => {
    const item = aReadItem();
    await renderPane(<MessagePanel item={item} />, { host: new FakeMailHost({ item, displayLanguage: 'uk-UA' }) });
    expect(await screen.findByText('Невідомий відправник: ще немає в Clientbook')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'У цьому листуванні' })).toBeInTheDocument();
  });
});
