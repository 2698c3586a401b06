/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { LeaveGuard } from '../../../src/taskpane/ui/LeaveGuard';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

describe('Edit card of a client a colleague deletes while the form is open', () => {
  it('says the client was deleted, saves nothing, keeps what was typed, and says the client is gone once the form is closed', async () => {
    let id = '';
    // As in the pane (App): the guard knows which forms hold typing.
    const { user, dbName } = await renderPane(
      <LeaveGuard>
        <ClientScreenFor get={() => id} />
      </LeaveGuard>,
      {
        seed: async (app) => {
          id = (await app.createClient({ client: { name: 'Fabrikam Logistics', domains: ['fabrikam.com'] }, contacts: [] })).id;
        },
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Edit card' }));
    await user.type(screen.getByLabelText('Notes'), 'Budget approved in March');

    // The sync pulls the colleague's deletion while the form is open.
    const db = new ClientbookDb(dbName);
    await db.clients.delete(id);
    const queued = await db.outbox.count();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText('Client “Fabrikam Logistics” was deleted by a colleague while you were editing it. Nothing was saved; your changes are still in the form.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Notes')).toHaveValue('Budget approved in March');
    expect(await db.clients.get(id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    expect(await screen.findByText('This client is not in Clientbook (it may have been deleted).')).toBeInTheDocument();
  });
});

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} />;
}
