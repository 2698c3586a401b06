/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { ServiceCasesTab } from '../../../src/taskpane/modules/service-cases/components/ServiceCasesTab';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function TabFor({ get }: { get: () => string }) {
  return <ServiceCasesTab clientId={get()} contacts={[]} />;
}

describe('Edit service case of a case a colleague deletes while the form is open', () => {
  it('stays, says the case was deleted, saves nothing and keeps the typing', async () => {
    let clientId = '';
    let caseId = '';
    const { user, dbName } = await renderPane(<TabFor get={() => clientId} />, {
      seed: async (app) => {
        clientId = (await app.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        caseId = (await app.deals.openServiceCase({ clientId, title: 'Valve leaks', description: 'Plant 2', severity: 'normal', owner: '', openedOn: '2026-03-02' })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Valve leaks' }));
    const form = screen.getByRole('form', { name: 'Edit service case “Valve leaks”' });
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), ' after install');

    // The sync pulls the colleague's deletion while the form is open.
    const db = new ClientbookDb(dbName);
    await db.serviceCases.delete(caseId);
    const queued = await db.outbox.count();
    await new Promise((settled) => setTimeout(settled, 200));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Service case “Valve leaks” was deleted by a colleague while you were editing it. Nothing was saved; your changes are still in the form.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Title/ })).toHaveValue('Valve leaks after install');
    expect(await db.serviceCases.get(caseId)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);
  });
});
