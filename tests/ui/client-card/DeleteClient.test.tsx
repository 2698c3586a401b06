/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import type { App as ClientbookApp } from '../../../src/app/createApp';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { App } from '../../../src/taskpane/App';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Whole-pane flows; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

/** Fabrikam made by mistake: Taras with his logged email, a planned call, a deal with two planned receipts. */
async function seedFabrikam(app: ClientbookApp) {
  const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [{ name: 'Taras Shevchuk', position: '', emails: ['taras.shevchuk@fabrikam.ua'], phones: [] }] });
  await app.logEmail(aReadItem(), client.id);
  await app.planNextContact({ clientId: client.id, due: '2026-03-20', kind: 'call', note: '' });
  const deal = await app.deals.create({ clientId: client.id, title: 'Valves 2027', currency: 'UAH', amountMinor: 200_000 });
  const receipts = [
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-03-31' }),
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-2', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-04-30' }),
  ];
  return { clientId: client.id, receipts };
}

function ClientFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="card" />;
}

describe('Delete client', () => {
  it('asks first, naming what goes with the client, with the focus on Cancel; Escape keeps the client', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<ClientFor get={() => clientId} />, {
      seed: async (a) => {
        ({ clientId } = await seedFabrikam(a));
      },
    });
    const remove = await screen.findByRole('button', { name: 'Delete client' });
    await user.click(remove);

    const dialog = await screen.findByRole('dialog', { name: 'Delete the client “Fabrikam”?' });
    expect(within(dialog).getByText('This also deletes:')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 contact person', '1 history entry', '1 next contact', '1 deal', '2 planned receipts']);
    expect(dialog).toHaveTextContent('Any mailing messages still queued for it are cancelled. This cannot be undone.');
    expect(dialog).not.toHaveTextContent(/history goes/);
    expect(within(dialog).getByRole('button', { name: 'Delete client' })).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await app.queries.clientCard(clientId)).client?.name).toBe('Fabrikam');
    expect(screen.getByRole('heading', { level: 1, name: 'Fabrikam' })).toBeInTheDocument();
    await waitFor(() => expect(remove).toHaveFocus());
  });

  it('Delete removes the client and all that goes with it, lands on Find a client saying so, and the sender is no longer matched', async () => {
    const item = aReadItem();
    const { user, app } = await renderPane(<App />, {
      host: new FakeMailHost({ item }),
      seed: async (a) => {
        await seedFabrikam(a);
        await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
      },
    });
    expect(await screen.findByText('Contact of Fabrikam', {}, { timeout: 5_000 })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /^Open card of Fabrikam/ })[0]!);
    await user.click(await screen.findByRole('button', { name: 'Delete client' }, { timeout: 5_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the client “Fabrikam”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete client' }));

    expect(await screen.findByText('Client “Fabrikam” deleted.', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Find a client' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Contoso' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fabrikam' })).not.toBeInTheDocument();
    expect(await app.queries.searchClients('fabrikam')).toEqual([]);

    // Back leads home, past the card that is gone: the open message's sender is unknown again.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Unknown sender: not in Clientbook yet', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.queryByText('Contact of Fabrikam')).not.toBeInTheDocument();
  });

  it('is not offered while payments are recorded on the client’s deals, and says why', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<ClientFor get={() => clientId} />, {
      seed: async (a) => {
        const seeded = await seedFabrikam(a);
        clientId = seeded.clientId;
        await a.deals.recordPayment({ invoiceId: seeded.receipts[0]!.id, amountMinor: 50_000, date: '2026-03-05' });
      },
    });
    const remove = await screen.findByRole('button', { name: 'Delete client' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAccessibleDescription('“Fabrikam” has deals with recorded payments: to delete the client, delete those payments first.');
    await user.click(remove);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await app.queries.clientCard(clientId)).client).not.toBeNull();
  });

  it('is not offered to marketing staff', async () => {
    let clientId = '';
    const { dbName } = await renderPane(<ClientFor get={() => clientId} />, {
      seed: async (a) => {
        ({ clientId } = await seedFabrikam(a));
      },
    });
    expect(await screen.findByRole('button', { name: 'Delete client' })).toBeInTheDocument();
    await new ClientbookDb(dbName).members.put({ id: 'm-1', email: 'me@clientbook.example', name: 'Maria Koval', role: 'marketing', createdAt: '', updatedAt: '' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete client' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Edit card' })).toBeInTheDocument();
  });

  it('asks in Ukrainian', async () => {
    let clientId = '';
    const { user } = await renderPane(<ClientFor get={() => clientId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        ({ clientId } = await seedFabrikam(a));
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Видалити клієнта' }));
    const dialog = await screen.findByRole('dialog', { name: 'Видалити клієнта «Fabrikam»?' });
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 контактну особу', '1 запис історії', '1 наступний контакт', '1 угоду', '2 планові надходження']);
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Скасувати' })).toHaveFocus());
  });

  it('names a Ukrainian firm that brings its own «» without a second pair', async () => {
    let clientId = '';
    const { user } = await renderPane(<ClientFor get={() => clientId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'ТОВ «Полісся Агро»' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Видалити клієнта' }));
    const dialog = await screen.findByRole('dialog', { name: 'Видалити клієнта ТОВ «Полісся Агро»?' });
    expect(dialog).toHaveTextContent('Якщо для нього в черзі ще є листи розсилок, їх не буде надіслано. Це не можна скасувати.');
    expect(dialog).not.toHaveTextContent('««');
  });
});
