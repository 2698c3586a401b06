/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

describe('Edit deal', () => {
  it('keeps the lines and close date a colleague changed while the form was open, beside the notes typed in it', async () => {
    let dealId = '';
    const { user, dbName } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (app) => {
        const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
        const lines = [{ description: 'Valve DN50', quantity: 1.5, unitPriceMinor: 120_050, discountPercent: 2.5 }];
        dealId = (await app.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', lines, expectedCloseDate: '2026-04-30' })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit deal' }));
    const form = screen.getByRole('form', { name: 'Edit deal' });
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), 'Waits for the board');

    // The sync pulls the colleague's edit into the store while the form is open.
    const db = new ClientbookDb(dbName);
    const pulled = (await db.deals.get(dealId))!;
    const lines = [{ ...pulled.lines[0]!, quantity: 3 }];
    await db.deals.update(dealId, { lines, amountMinor: 351_146, expectedCloseDate: '2026-05-15' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect(await db.deals.get(dealId)).toMatchObject({ notes: 'Waits for the board', lines, amountMinor: 351_146, expectedCloseDate: '2026-05-15' }));
    expect(await db.syncConflicts.count()).toBe(0);
  });
});

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}
