/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { openApp } from '../../../src/app/openApp';
import { RecordNotFoundError } from '../../../src/app/RecordNotFoundError';
import { NotAllowedError } from '../../../src/app/requireRole';
import { ValidationError } from '../../../src/app/validation';
import type { Clock } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const now = new Date(2026, 10, 27, 10, 0, 0);
const clock: Clock = { now: () => new Date(now) };

async function setUp() {
  const dbName = `delete-deal-${++seq}`;
  const app = await openApp(new FakeMailHost(), { dbName, clock });
  const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: 'Valves 2027', currency: 'UAH', amountMinor: 200_000 });
  const receipts = [
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-11-30' }),
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-2', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-12-31' }),
  ];
  return { app, client, deal, receipts, dbName };
}

/** The outbox's deletions, as table:key. */
async function queuedDeletes(dbName: string): Promise<string[]> {
  const raw = new Dexie(dbName);
  await raw.open();
  const rows = (await raw.table('outbox').toArray()) as { table: string; key: string; op: string }[];
  raw.close();
  return rows.filter((r) => r.op === 'delete').map((r) => `${r.table}:${r.key}`);
}

describe('deleting a deal entered by mistake', () => {
  it('removes the deal with its planned receipts, queues their deletions for the team store, and leaves its history on the client', async () => {
    const { app, client, deal, receipts, dbName } = await setUp();
    const entry = await app.deals.recordDepartmentEntry({ clientId: client.id, type: 'call', at: '2026-11-26T09:00:00.000Z', text: 'Asked about valves', dealId: deal.id });
    const other = await app.deals.create({ clientId: client.id, title: 'Pumps', currency: 'UAH', amountMinor: 5_000 });

    await app.deals.delete(deal.id);

    expect((await app.deals.queries.dealCard(deal.id)).deal).toBeNull();
    const left = await app.deals.queries.clientDeals(client.id);
    expect(left.deals.map((d) => d.id)).toEqual([other.id]);
    expect(left.invoices).toEqual([]);
    expect(left.receivables).toEqual([]);
    expect(await queuedDeletes(dbName)).toEqual(expect.arrayContaining([`deals:${deal.id}`, ...receipts.map((r) => `invoices:${r.id}`)]));
    expect(await queuedDeletes(dbName)).toHaveLength(3);
    const history = (await app.queries.clientCard(client.id)).history;
    expect(history.find((h) => h.id === entry.id)).toMatchObject({ text: 'Asked about valves', dealId: deal.id });
  });

  it('is refused while payments were received on it, and goes once they are deleted', async () => {
    const { app, deal, receipts, dbName } = await setUp();
    const { payment } = await app.deals.recordPayment({ invoiceId: receipts[0]!.id, amountMinor: 50_000, date: '2026-11-26' });

    const refused = await app.deals.delete(deal.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).errors).toEqual([{ field: 'dealId', key: 'errors.hasPayments' }]);
    const kept = await app.deals.queries.dealCard(deal.id);
    expect(kept.deal?.id).toBe(deal.id);
    expect(kept.invoices).toHaveLength(2);
    expect(await queuedDeletes(dbName)).toEqual([]);

    await app.deals.deletePayment(payment.id);
    await app.deals.delete(deal.id);
    expect((await app.deals.queries.dealCard(deal.id)).deal).toBeNull();
  });

  it('is for the manager whose deal it is and the head of sales: a colleague or marketing is refused', async () => {
    const { app, deal, dbName } = await setUp();
    const db = new ClientbookDb(dbName);
    const me = { id: 'm-1', email: 'me@clientbook.example', name: 'Maria Koval', role: 'manager' as const, createdAt: '', updatedAt: '' };
    await db.members.put(me);
    expect(await app.deals.mayDelete(deal.id)).toBe(true);
    await db.deals.update(deal.id, { owner: 'daniel@clientbook.example' });
    expect(await app.deals.mayDelete(deal.id)).toBe(false);
    await expect(app.deals.delete(deal.id)).rejects.toThrow(NotAllowedError);
    await db.members.put({ ...me, role: 'marketing' });
    await db.deals.update(deal.id, { owner: '' });
    await expect(app.deals.delete(deal.id)).rejects.toThrow(NotAllowedError);
    expect((await app.deals.queries.dealCard(deal.id)).deal).not.toBeNull();

    await db.members.put({ ...me, role: 'head-of-sales' });
    await db.deals.update(deal.id, { owner: 'daniel@clientbook.example' });
    expect(await app.deals.mayDelete(deal.id)).toBe(true);
    await app.deals.delete(deal.id);
    expect((await app.deals.queries.dealCard(deal.id)).deal).toBeNull();
  });

  it('says the deal is not there when it was deleted already', async () => {
    const { app, deal } = await setUp();
    await app.deals.delete(deal.id);
    await expect(app.deals.delete(deal.id)).rejects.toThrow(RecordNotFoundError);
  });
});
