/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import type { App as ClientbookApp } from '../../../src/app/createApp';
import { App } from '../../../src/taskpane/App';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Whole-pane flows; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

/** Contoso's deal "Valves 2027" with two planned receipts and a call about it. */
async function seedValves(app: ClientbookApp) {
  const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: 'Valves 2027', currency: 'UAH', amountMinor: 200_000 });
  const receipts = [
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-03-31' }),
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-2', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-04-30' }),
  ];
  await app.deals.recordDepartmentEntry({ clientId: client.id, type: 'call', at: '2026-03-09T09:00:00.000Z', text: 'Asked about valves', dealId: deal.id });
  return { clientId: client.id, dealId: deal.id, receipts };
}

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

describe('Delete deal', () => {
  it('asks first, naming the deal and what goes with it, with the focus on Cancel; Cancel keeps the deal', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await seedValves(a)).dealId;
      },
    });
    const remove = await screen.findByRole('button', { name: 'Delete deal' });
    await screen.findByRole('form', { name: 'Add planned receipt' });
    await user.click(remove);

    const dialog = await screen.findByRole('dialog', { name: 'Delete the deal “Valves 2027”?' });
    expect(dialog).toHaveTextContent("Its 2 planned receipts go with it. Its history entry stays on the client's history. This cannot be undone.");
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await app.deals.queries.dealCard(dealId)).invoices).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 1, name: 'Valves 2027' })).toBeInTheDocument();
    await waitFor(() => expect(remove).toHaveFocus());
  });

  it('Delete removes the deal and its planned receipts and returns to the client’s Deals with a notice and the focus on its deals', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<App />, {
      seed: async (a) => {
        ({ clientId } = await seedValves(a));
        await a.deals.create({ clientId, title: 'Pumps', currency: 'UAH', amountMinor: 5_000 });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Search clients' }));
    await user.type(await screen.findByRole('searchbox', { name: /Name, email or domain/ }), 'Contoso');
    await user.click(await screen.findByRole('button', { name: 'Contoso' }, { timeout: 5_000 }));
    await user.click(await screen.findByRole('tab', { name: 'Deals' }, { timeout: 5_000 }));
    await user.click(await screen.findByRole('button', { name: /Open deal Valves 2027/ }, { timeout: 5_000 }));
    await user.click(await screen.findByRole('button', { name: 'Delete deal' }, { timeout: 5_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the deal “Valves 2027”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete deal' }));

    expect(await screen.findByText('Deal “Valves 2027” deleted.', {}, { timeout: 5_000 })).toBeInTheDocument();
    // Fluent gives the page back to assistive technology a moment after the dialog goes.
    expect(await screen.findByRole('tab', { name: 'Deals', selected: true })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Open deals' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: /Open deal Valves 2027/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Open deal Pumps/ })).toBeInTheDocument();
    const left = await app.deals.queries.clientDeals(clientId);
    expect(left.deals.map((d) => d.title)).toEqual(['Pumps']);
    expect(left.invoices).toEqual([]);
    // The call about it stays on the client's history.
    await user.click(screen.getByRole('tab', { name: 'History' }));
    expect(await screen.findByText('Asked about valves')).toBeInTheDocument();

    // Back skips the deal that is gone and the client's screen the deal was opened from.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('searchbox', { name: /Name, email or domain/ })).toBeInTheDocument();
  });

  it('is not offered while payments were received on the deal, and says why', async () => {
    let dealId = '';
    const { user, app } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        const { dealId: id, receipts } = await seedValves(a);
        dealId = id;
        await a.deals.recordPayment({ invoiceId: receipts[0]!.id, amountMinor: 50_000, date: '2026-03-05' });
      },
    });
    const remove = await screen.findByRole('button', { name: 'Delete deal' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAccessibleDescription('Payments were received on this deal: to delete it, delete its payments first.');
    await user.click(remove);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId)).deal).not.toBeNull();
  });

  it('is not offered on a colleague’s deal to a sales manager', async () => {
    let dealId = '';
    const { dbName } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        dealId = (await seedValves(a)).dealId;
      },
    });
    await screen.findByRole('button', { name: 'Delete deal' });
    const db = new ClientbookDb(dbName);
    await db.members.put({ id: 'm-1', email: 'me@clientbook.example', name: 'Maria Koval', role: 'manager', createdAt: '', updatedAt: '' });
    await db.deals.update(dealId, { owner: 'daniel@clientbook.example' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete deal' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Record contact' })).toBeInTheDocument();
  });

  it('asks in Ukrainian', async () => {
    let dealId = '';
    const { user } = await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        dealId = (await seedValves(a)).dealId;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Видалити угоду' }));
    const dialog = await screen.findByRole('dialog', { name: 'Видалити угоду «Valves 2027»?' });
    expect(dialog).toHaveTextContent('Разом з нею буде видалено 2 планові надходження. Пов’язаний із нею запис залишиться в історії клієнта.');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Скасувати' })).toHaveFocus());
  });
});
