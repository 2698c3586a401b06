/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
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
    const owner = within(form).getByRole('textbox', { name: /Owner/ });
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
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: /^Edit service case/ })).not.toBeInTheDocument();
  });

  it('speaks Ukrainian', async () => {
    const { user } = await renderCase(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    await user.click(await screen.findByRole('button', { name: 'Змінити «Valve leaks»' }));
    const form = screen.getByRole('form', { name: 'Редагування звернення «Valve leaks»' });
    await user.click(within(form).getByRole('button', { name: 'Зберегти' }));
    expect(await screen.findByText('Звернення збережено.')).toBeInTheDocument();
  });
});
