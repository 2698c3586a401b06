/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ServiceCasesTab } from '../../../src/taskpane/modules/service-cases/components/ServiceCasesTab';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function TabFor({ get }: { get: () => string }) {
  return <ServiceCasesTab clientId={get()} contacts={[]} />;
}

describe('Changing a service case’s status', () => {
  it('replaces the notice of the case just opened and keeps the focus on the status, though the resolved case moves down the list', async () => {
    let clientId = '';
    const { user } = await renderPane(<TabFor get={() => clientId} />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        await a.deals.openServiceCase({ clientId, title: 'Pump noise', description: '', severity: 'normal', openedOn: '2026-03-02' });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Open service case' }));
    const form = screen.getByRole('form', { name: 'New service case' });
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Valve leaks');
    await user.click(within(form).getByRole('button', { name: 'Open service case' }));
    expect(await screen.findByText('Service case opened.')).toBeInTheDocument();

    const item = await screen.findByRole('listitem', { name: 'Valve leaks' });
    await user.click(within(item).getByRole('button', { name: 'Details of Valve leaks' }));
    const status = within(item).getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'Resolved');
    await user.click(within(item).getByRole('button', { name: 'Change status' }));

    expect(await within(item).findByText('Status: Resolved.')).toBeInTheDocument();
    expect(screen.queryByText('Service case opened.')).not.toBeInTheDocument();
    const cases = () => within(screen.getByRole('list', { name: 'Service cases' })).getAllByRole('listitem', { name: /./ });
    await waitFor(() => expect(cases().map((li) => li.getAttribute('aria-label'))).toEqual(['Pump noise', 'Valve leaks']));
    await waitFor(() => expect(status).toHaveFocus());
  });
});
