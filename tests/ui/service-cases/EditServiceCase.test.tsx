/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { ServiceCasesTab } from '../../../src/taskpane/modules/service-cases/components/ServiceCasesTab';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function TabFor({ get }: { get: () => string }) {
  return <ServiceCasesTab clientId={get()} contacts={[]} />;
}

async function renderCase(host?: FakeMailHost) {
  let clientId = '';
  const pane = await renderPane(<TabFor get={() => clientId} />, {
    host,
    seed: async (a) => {
      clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      await a.deals.openServiceCase({ clientId, title: 'Valve leaks', description: 'Plant 2', severity: 'normal', owner: 'ivan@clientbook.example', openedOn: '2026-03-02' });
    },
  });
  return { ...pane, clientId: () => clientId };
}

describe('Editing a service case', () => {
  it('changes the title, severity and owner of an open case and keeps its status', async () => {
    const { user, app, clientId } = await renderCase();
    await user.click(await screen.findByRole('button', { name: 'Edit Valve leaks' }));
    const form = screen.getByRole('form', { name: 'Edit service case “Valve leaks”' });
    const title = within(form).getByRole('textbox', { name: /Title/ });
    expect(title).toHaveValue('Valve leaks');
    await user.clear(title);
    await user.type(title, 'Valve leaks after install');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Severity' }), 'Critical');
    const owner = within(form).getByRole('combobox', { name: /Owner/ });
    await user.clear(owner);
    await user.type(owner, 'Olena@Clientbook.example');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Service case saved.')).toBeInTheDocument();
    const item = await screen.findByRole('listitem', { name: 'Valve leaks after install' });
    expect(within(item).getByText('Critical')).toBeInTheDocument();
    expect(within(item).getByText(/olena@clientbook\.example/)).toBeInTheDocument();
    expect((await app.deals.queries.serviceCasesOf(clientId()))[0]).toMatchObject({
      title: 'Valve leaks after install',
      severity: 'critical',
      owner: 'olena@clientbook.example',
      status: 'open',
      description: 'Plant 2',
      openedOn: '2026-03-02',
    });
  });

  it('refuses an empty title and keeps the case as it was', async () => {
    const { user, app, clientId } = await renderCase();
    await user.click(await screen.findByRole('button', { name: 'Edit Valve leaks' }));
    const form = screen.getByRole('form', { name: 'Edit service case “Valve leaks”' });
    await user.clear(within(form).getByRole('textbox', { name: /Title/ }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Some fields need attention; nothing was lost.')).toBeInTheDocument();
    expect((await app.deals.queries.serviceCasesOf(clientId()))[0]).toMatchObject({ title: 'Valve leaks' });
    // A title typed takes the message and the notice away before the next Save.
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Valve leaks again');
    expect(within(form).queryByText('Required.')).not.toBeInTheDocument();
    expect(within(form).queryByText('Some fields need attention; nothing was lost.')).not.toBeInTheDocument();
    // The title typed is not saved: Cancel asks before it goes.
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit service case/ })).not.toBeInTheDocument());
  });

  it('offers the user and the Team members as the owner, narrowed by what is typed, and refuses a name that is no address', async () => {
    const { user, app, clientId, dbName } = await renderCase(new FakeMailHost({ user: { email: 'maria@clientbook.example', displayName: 'Maria Koval' } }));
    const at = '2026-03-01T10:00:00.000Z';
    await new ClientbookDb(dbName).members.bulkPut([
      { id: 'member:olena', email: 'olena.bondar@clientbook.example', name: 'Olena Bondar', role: 'after-sales', createdAt: at, updatedAt: at },
      { id: 'member:ivan', email: 'ivan@clientbook.example', name: 'Ivan Petrenko', role: 'manager', createdAt: at, updatedAt: at },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit Valve leaks' }));
    const form = screen.getByRole('form', { name: 'Edit service case “Valve leaks”' });
    const owner = within(form).getByRole('combobox', { name: /Owner/ });
    await user.clear(owner);
    await user.click(owner);
    const choices = () => within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent);
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    expect(choices()).toEqual([
      'Maria Koval · maria@clientbook.example',
      'Ivan Petrenko · ivan@clientbook.example',
      'Olena Bondar · olena.bondar@clientbook.example',
    ]);

    await user.type(owner, 'olena');
    expect(choices()).toEqual(['Olena Bondar · olena.bondar@clientbook.example']);
    await user.keyboard('{Escape}');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('This is not a valid email address.')).toBeInTheDocument();
    expect((await app.deals.queries.serviceCasesOf(clientId()))[0]).toMatchObject({ owner: 'ivan@clientbook.example' });

    await user.click(owner);
    await user.click(screen.getByRole('option', { name: 'Olena Bondar · olena.bondar@clientbook.example' }));
    // By name; the case keeps the address.
    expect(owner).toHaveValue('Olena Bondar');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const item = await screen.findByRole('listitem', { name: 'Valve leaks' });
    expect(await within(item).findByText(/Olena Bondar/)).toBeInTheDocument();
    expect((await app.deals.queries.serviceCasesOf(clientId()))[0]).toMatchObject({ owner: 'olena.bondar@clientbook.example' });
  });

  it('speaks Ukrainian', async () => {
    const { user } = await renderCase(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    await user.click(await screen.findByRole('button', { name: 'Змінити «Valve leaks»' }));
    const form = screen.getByRole('form', { name: 'Редагування звернення «Valve leaks»' });
    await user.click(within(form).getByRole('button', { name: 'Зберегти' }));
    expect(await screen.findByText('Звернення збережено.')).toBeInTheDocument();
  });
});
