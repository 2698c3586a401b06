/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { dexieAnalyticsSource } from '../../../src/adapters/storage/dexieAnalyticsSource';
import { openApp } from '../../../src/app/openApp';
import { RecordNotFoundError } from '../../../src/app/RecordNotFoundError';
import { NotAllowedError } from '../../../src/app/requireRole';
import { ValidationError } from '../../../src/app/validation';
import { withChangedRecords } from '../../../src/domain/analytics/ChangedRecords';
import type { Clock } from '../../../src/domain/ports';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const now = new Date(2026, 10, 27, 10, 0, 0);
const clock: Clock = { now: () => new Date(now) };
const fromTaras = aReadItem({ from: { name: 'Taras Melnyk', email: 'taras@contoso.com' }, subject: 'Valves', date: '2026-11-26T08:30:00.000Z' });

/** Contoso made by mistake, with a contact person, a logged email, a plan, a deal with two planned receipts and a service case; Fabrikam beside it. */
async function setUp() {
  const dbName = `delete-client-${++seq}`;
  const app = await openApp(new FakeMailHost(), { dbName, clock });
  const client = await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [{ name: 'Taras Melnyk', position: '', emails: ['taras@contoso.com'], phones: [] }] });
  const logged = await app.logEmail(fromTaras, client.id);
  const plan = await app.planNextContact({ clientId: client.id, due: '2026-12-01', kind: 'call', note: '' });
  const deal = await app.deals.create({ clientId: client.id, title: 'Valves 2027', currency: 'UAH', amountMinor: 200_000 });
  const receipts = [
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-11-30' }),
    await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-2', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-12-31' }),
  ];
  const serviceCase = await app.deals.openServiceCase({ clientId: client.id, title: 'Leaking valve', description: '', severity: 'high' });
  const other = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [{ name: 'Iryna', position: '', emails: ['iryna@fabrikam.com'], phones: [] }] });
  await app.deals.create({ clientId: other.id, title: 'Pumps', currency: 'UAH', amountMinor: 5_000 });
  return { app, dbName, client, logged, plan, deal, receipts, serviceCase, other };
}

async function outbox(dbName: string): Promise<{ table: string; key: string; op: string }[]> {
  const raw = new Dexie(dbName);
  await raw.open();
  const rows = (await raw.table('outbox').toArray()) as { table: string; key: string; op: string }[];
  raw.close();
  return rows;
}

describe('deleting a client made by mistake', () => {
  it('removes the client with its contact persons, history, plans, deals, planned receipts and service cases, and queues each deletion', async () => {
    const { app, dbName, client, logged, plan, deal, receipts, serviceCase, other } = await setUp();
    // Opening the service case is a history entry of its own.
    expect(await app.clientDeletion(client.id)).toEqual({ contacts: 1, history: 2, plans: 1, deals: 1, receipts: 2, serviceCases: 1, payments: 0 });
    const queuedBefore = (await outbox(dbName)).length;

    await app.deleteClient(client.id);

    expect(await app.queries.clientCard(client.id)).toEqual({ client: null, contacts: [], history: [], plans: [] });
    expect((await app.deals.queries.dealCard(deal.id)).deal).toBeNull();
    expect(await app.clientDeletion(client.id)).toEqual({ contacts: 0, history: 0, plans: 0, deals: 0, receipts: 0, serviceCases: 0, payments: 0 });
    if (logged.status !== 'logged') throw new Error('the email was not logged');
    const deletes = (await outbox(dbName)).slice(queuedBefore).map((r) => `${r.op} ${r.table}:${r.key}`);
    expect(deletes).toEqual(
      expect.arrayContaining([`delete clients:${client.id}`, `delete history:${logged.entry.id}`, `delete plannedContacts:${plan.id}`, `delete deals:${deal.id}`, ...receipts.map((r) => `delete invoices:${r.id}`), `delete serviceCases:${serviceCase.id}`]),
    );
    expect(deletes.filter((d) => d.startsWith('delete contacts:'))).toHaveLength(1);
    expect(deletes.filter((d) => d.startsWith('delete history:'))).toHaveLength(2);
    expect(deletes).toHaveLength(9);
    // The other client keeps everything.
    expect((await app.queries.clientCard(other.id)).contacts).toHaveLength(1);
    expect((await app.deals.queries.clientDeals(other.id)).deals.map((d) => d.title)).toEqual(['Pumps']);
  });

  it('no longer matches mail from its addresses or domain, and the same email can then be logged for the right client', async () => {
    const { app, client, other } = await setUp();
    expect((await app.recognizeMessage(fromTaras)).matches).toMatchObject([{ kind: 'contact', client: { id: client.id } }]);

    await app.deleteClient(client.id);

    const after = await app.recognizeMessage(fromTaras);
    expect(after.matches).toMatchObject([{ kind: 'unknown' }]);
    expect(after.logged).toBe(false);
    expect(await app.logEmail(fromTaras, other.id)).toMatchObject({ status: 'logged' });
  });

  it('cancels the messages of a mailing still queued for it, and only those', async () => {
    const { app, dbName, client, other } = await setUp();
    const recipients = new ClientbookDb(dbName).mailingRecipients;
    const queued = (clientId: string, seq: number, state: 'queued' | 'sent' = 'queued') => ({ id: `m-1:${clientId}`, mailingId: 'm-1', seq, clientId, contactId: `contact-${seq}`, name: '', email: `${seq}@example.com`, state, attempts: 0, error: '', sentAt: '' });
    await recipients.bulkPut([queued(client.id, 1), queued(other.id, 2), { ...queued(client.id, 3, 'sent'), id: 'm-0:sent' }]);

    await app.deleteClient(client.id);

    expect((await recipients.toArray()).map((r) => [r.seq, r.state]).sort()).toEqual([
      [1, 'cancelled'],
      [2, 'queued'],
      [3, 'sent'],
    ]);
  });

  it('is refused while payments are recorded on its deals, naming why, and changes nothing', async () => {
    const { app, dbName, client, receipts } = await setUp();
    const { payment } = await app.deals.recordPayment({ invoiceId: receipts[0]!.id, amountMinor: 50_000, date: '2026-11-26' });
    const queuedBefore = (await outbox(dbName)).length;

    const refused = await app.deleteClient(client.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).errors).toEqual([{ field: 'clientId', key: 'errors.hasPayments' }]);
    expect((await app.queries.clientCard(client.id)).client?.name).toBe('Contoso');
    expect(await outbox(dbName)).toHaveLength(queuedBefore);

    await app.deals.deletePayment(payment.id);
    await app.deleteClient(client.id);
    expect((await app.queries.clientCard(client.id)).client).toBeNull();
  });

  it('is for sales managers and the head of sales; marketing and after-sales staff are refused', async () => {
    const { app, dbName, client } = await setUp();
    const members = new ClientbookDb(dbName).members;
    const me = { id: 'm-1', email: 'me@clientbook.example', name: 'Maria Koval', role: 'marketing' as const, createdAt: '', updatedAt: '' };
    await members.put(me);
    expect(await app.mayDeleteClient(client.id)).toBe(false);
    await expect(app.deleteClient(client.id)).rejects.toThrow(NotAllowedError);
    await members.put({ ...me, role: 'after-sales' });
    await expect(app.deleteClient(client.id)).rejects.toThrow(NotAllowedError);
    expect((await app.queries.clientCard(client.id)).client).not.toBeNull();

    await members.put({ ...me, role: 'manager' });
    expect(await app.mayDeleteClient(client.id)).toBe(true);
    await app.deleteClient(client.id);
    expect((await app.queries.clientCard(client.id)).client).toBeNull();
  });

  it('is for the manager who owns the client (or nobody does) and the head of sales, not for a colleague', async () => {
    const { app, dbName, client, other } = await setUp();
    const db = new ClientbookDb(dbName);
    const me = { id: 'm-1', email: 'me@clientbook.example', name: 'Maria Koval', role: 'manager' as const, createdAt: '', updatedAt: '' };
    await db.members.put(me);
    await db.clients.update(client.id, { owner: 'daniel@clientbook.example' });
    await db.clients.update(other.id, { owner: '' });

    expect(await app.mayDeleteClient(client.id)).toBe(false);
    await expect(app.deleteClient(client.id)).rejects.toThrow(NotAllowedError);
    expect((await app.queries.clientCard(client.id)).client).not.toBeNull();
    expect(await app.mayDeleteClient(other.id)).toBe(true);

    await db.members.put({ ...me, role: 'head-of-sales' });
    expect(await app.mayDeleteClient(client.id)).toBe(true);
    await app.deleteClient(client.id);
    expect((await app.queries.clientCard(client.id)).client).toBeNull();
  });

  it('says the client is not there when it was deleted already', async () => {
    const { app, client } = await setUp();
    await app.deleteClient(client.id);
    await expect(app.deleteClient(client.id)).rejects.toThrow(RecordNotFoundError);
  });

  it('is noted in the analytics journal, so figures kept drop the client as a read now does', async () => {
    const { app, dbName, client, deal, receipts, logged } = await setUp();
    const source = dexieAnalyticsSource(dbName);
    const records = (await source.stamps()).records!;
    const read = await source.read('2026-10-28');

    await app.deleteClient(client.id);

    const changes = (await source.changedSince(records))!;
    expect([...changes.clients!.ids]).toEqual([client.id]);
    expect([...changes.deals!.ids]).toEqual([deal.id]);
    expect([...changes.invoices!.ids].sort()).toEqual(receipts.map((r) => r.id).sort());
    if (logged.status !== 'logged') throw new Error('the email was not logged');
    const kept = withChangedRecords(read.data, changes);
    expect(kept).toEqual((await source.read('2026-10-28')).data);
    expect(kept.clients.some((c) => c.id === client.id)).toBe(false);
  });
});
