/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { renderPane } from '../../support/renderPane';
// After renderPane, which puts fake-indexeddb in place before Dexie looks for IndexedDB.
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { App } from '../../../src/taskpane/App';

jest.setTimeout(30_000);

describe('Home for the head of sales', () => {
  it('shows Today’s plan first and the alarms after it', async () => {
    const { dbName, host } = await renderPane(<App />, {
      // A won deal and nothing in work: fewer clients in work than the alarm's minimum.
      seed: async (app) => {
        const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
        const deal = await app.deals.create({ clientId: client.id, title: '40 seats', currency: 'UAH', amountMinor: 1200_00 });
        await app.deals.closeAsWon(deal.id);
      },
    });
    // The pane asks for its alarms a moment after its first screen: the head of sales is known by then.
    const at = '2026-03-01T10:00:00.000Z';
    const email = host.user.email;
    await new ClientbookDb(dbName).members.put({ id: `member:${email}`, email, name: 'Maria Koval', role: 'head-of-sales', createdAt: at, updatedAt: at });
    const alarms = await screen.findByTestId('home-alarms');
    const plan = screen.getByRole('heading', { name: 'Today’s plan' });
    expect(plan.compareDocumentPosition(alarms) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
