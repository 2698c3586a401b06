/**
 * Correcting a planned receipt or a payment saves only what the manager changed in the form: a
 * colleague's edit to another field, pulled while the form was open, stays (written back whole, the
 * form's copy would have undone it with no 412 and nothing in the conflict log). Where both changed
 * one field, the save wins and the colleague's value goes to the conflict log.
 */
import { appWithPullHandle } from '../../support/appWithPullHandle';

async function setUp() {
  const { app, db } = await appWithPullHandle('money-edit-pulled');
  const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'], notes: '' }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: 'Rollout', currency: 'UAH', amountMinor: 300_000 });
  const receipt = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-11-30' });
  return { app, db, deal, receipt };
}

describe('saving a money form over a colleague’s pulled edit', () => {
  it('keeps the colleague’s due date on a planned receipt when my form changed the amount', async () => {
    const { app, db, deal, receipt: opened } = await setUp();
    await db.invoices.update(opened.id, { dueDate: '2026-12-20', updatedAt: '2026-11-27T09:30:00.000Z' });

    // What ReceiptForm sends: every field it shows.
    const { number, issueDate, dueDate, note } = opened;
    await app.deals.savePlannedReceipt({ id: opened.id, dealId: deal.id, number, amountMinor: 150_000, issueDate, dueDate, note }, opened);

    expect(await db.invoices.get(opened.id)).toMatchObject({ dueDate: '2026-12-20', amountMinor: 150_000 });
    expect(await db.syncConflicts.count()).toBe(0);
  });

  it('keeps the colleague’s note on a payment when my form corrected the amount', async () => {
    const { app, db, receipt } = await setUp();
    const { payment: opened } = await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 40_000, date: '2026-11-20', note: '' });
    await db.payments.update(opened.id, { note: 'Bank ref 4471', updatedAt: '2026-11-27T09:30:00.000Z' });

    // What PaymentForm sends: amount, date and note as opened.
    await app.deals.correctPayment(opened.id, { amountMinor: 45_000, date: opened.date, note: opened.note }, opened);

    expect(await db.payments.get(opened.id)).toMatchObject({ note: 'Bank ref 4471', amountMinor: 45_000, date: '2026-11-20' });
    expect(await db.syncConflicts.count()).toBe(0);
  });

  it('lets my receipt number win where the colleague changed it too, and keeps theirs in the conflict log', async () => {
    const { app, db, deal, receipt: opened } = await setUp();
    await db.invoices.update(opened.id, { number: 'INV-7a', updatedAt: '2026-11-27T09:30:00.000Z' });

    const { amountMinor, issueDate, dueDate, note } = opened;
    await app.deals.savePlannedReceipt({ id: opened.id, dealId: deal.id, number: 'INV-7b', amountMinor, issueDate, dueDate, note }, opened);

    expect((await db.invoices.get(opened.id))?.number).toBe('INV-7b');
    expect(await db.syncConflicts.toArray()).toEqual([expect.objectContaining({ table: 'invoices', key: opened.id, field: 'number', kept: 'INV-7b', lost: 'INV-7a', restoredAt: null })]);
  });
});
