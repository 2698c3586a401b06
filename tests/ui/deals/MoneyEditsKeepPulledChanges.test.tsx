/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import type { App } from '../../../src/app/createApp';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

/**
 * A deal with planned receipt INV-7 and a payment against it, on the deal card; `edit` opens the
 * named form, types the amount, lets the sync pull a colleague's edit into the store (`pull`) while
 * the form is open, and saves.
 */
async function dealCard() {
  const ids = { deal: '', receipt: '', payment: '' };
  const seed = async (app: App) => {
    const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
    ids.deal = (await app.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 100_000 })).id;
    ids.receipt = (await app.deals.savePlannedReceipt({ dealId: ids.deal, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-03-31' })).id;
    ids.payment = (await app.deals.recordPayment({ invoiceId: ids.receipt, amountMinor: 40_000, date: '2026-03-05' })).payment.id;
  };
  const { user, dbName } = await renderPane(<DealFor get={() => ids.deal} />, { seed });
  const db = new ClientbookDb(dbName);
  const edit = async (name: string | RegExp, amount: string, pull: () => Promise<unknown>) => {
    await user.click(await screen.findByRole('button', { name }));
    const form = screen.getByRole('form', { name });
    await user.clear(within(form).getByRole('textbox', { name: 'Amount' }));
    await user.type(within(form).getByRole('textbox', { name: 'Amount' }), amount);
    await pull();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
  };
  return { ids, db, edit };
}

describe('correcting money on the deal card while the sync pulls a colleague’s edit', () => {
  it('Edit planned receipt keeps the due date a colleague changed while the form was open, beside the amount typed in it', async () => {
    const { ids, db, edit } = await dealCard();
    await edit('Edit planned receipt INV-7', '1500', () => db.invoices.update(ids.receipt, { dueDate: '2026-04-30' }));

    expect(await screen.findByText('Planned receipt INV-7 saved.')).toBeInTheDocument();
    await waitFor(async () => expect(await db.invoices.get(ids.receipt)).toMatchObject({ amountMinor: 150_000, dueDate: '2026-04-30' }));
  });

  it('Correct payment keeps the note a colleague added while the form was open, beside the amount typed in it', async () => {
    const { ids, db, edit } = await dealCard();
    await edit(/^Correct payment/, '450', () => db.payments.update(ids.payment, { note: 'Bank ref 4471' }));

    await waitFor(async () => expect(await db.payments.get(ids.payment)).toMatchObject({ amountMinor: 45_000, note: 'Bank ref 4471' }));
  });
});

describe('correcting money on the deal card after the sync pulled a colleague’s deletion of it', () => {
  /** The colleague's deletion, pulled while the form is open, reaching the list as the live query does after a sync. */
  const pulled = (remove: () => Promise<unknown>) => () => remove().then(() => new Promise((settled) => setTimeout(settled, 200)));

  it('Edit planned receipt stays open, says the receipt was deleted, saves nothing and keeps the amount typed', async () => {
    const { ids, db, edit } = await dealCard();
    const queued = await db.outbox.count();
    await edit('Edit planned receipt INV-7', '450', pulled(() => db.invoices.delete(ids.receipt)));

    const form = screen.getByRole('form', { name: 'Edit planned receipt INV-7' });
    expect(await within(form).findByText('Planned receipt No. INV-7 was deleted by a colleague while you were editing it. Nothing was saved; your changes are still in the form.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveValue('450');
    expect(await db.invoices.get(ids.receipt)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);
  });

  it('Correct payment stays open, says the payment was deleted, saves nothing and keeps the amount typed', async () => {
    const { ids, db, edit } = await dealCard();
    const queued = await db.outbox.count();
    await edit(/^Correct payment/, '450', pulled(() => db.payments.delete(ids.payment)));

    const form = screen.getByRole('form', { name: /^Correct payment/ });
    expect(await within(form).findByText(/^The payment of .* was deleted by a colleague while you were editing it\. Nothing was saved; your changes are still in the form\.$/)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Amount' })).toHaveValue('450');
    expect(await db.payments.get(ids.payment)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);
  });
});
