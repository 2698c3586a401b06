/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { LeaveGuard } from '../../../src/taskpane/ui/LeaveGuard';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

describe('Edit deal of a deal a colleague deletes while the form is open', () => {
  it('stays open, says the deal was deleted, saves nothing and keeps what was typed', async () => {
    let dealId = '';
    // As in the pane (App): the guard knows which forms hold typing.
    const { user, dbName } = await renderPane(
      <LeaveGuard>
        <DealFor get={() => dealId} />
      </LeaveGuard>,
      {
        seed: async (app) => {
          const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
          dealId = (await app.deals.create({ clientId: client.id, title: 'Fleet rollout', currency: 'UAH', amountMinor: 100_000 })).id;
        },
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Edit deal' }));
    const form = screen.getByRole('form', { name: 'Edit deal' });
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), 'Waits for the board');

    // The sync pulls the colleague's deletion while the form is open.
    const db = new ClientbookDb(dbName);
    await db.deals.delete(dealId);
    const queued = await db.outbox.count();
    await new Promise((settled) => setTimeout(settled, 200));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Deal “Fleet rollout” was deleted by a colleague while you were editing it. Nothing was saved; your changes are still in the form.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Notes' })).toHaveValue('Waits for the board');
    expect(await db.deals.get(dealId)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);
  });
});

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}
