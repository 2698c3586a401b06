/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { openApp } from '../../../src/app/openApp';
import { ValidationError } from '../../../src/app/validation';
import type { Clock } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const clock: Clock = { now: () => new Date(2026, 10, 27, 10, 0, 0) };

async function setUp() {
  const app = await openApp(new FakeMailHost(), { dbName: `correcting-${process.pid}-${++seq}`, clock });
  const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
  return { app, client };
}

describe('correcting money and service cases after the fact', () => {
  it('edits a planned receipt in place, queued for the team store like any write', async () => {
    const { app, client } = await setUp();
    const deal = await app.deals.create({ clientId: client.id, title: 'Rollout', currency: 'UAH', amountMinor: 100_000 });
    const invoice = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-11-30' });
    const before = await app.queries.pendingOutboxCount();

    const edited = await app.deals.savePlannedReceipt({ id: invoice.id, dealId: deal.id, number: 'INV-7', amountMinor: 150_000, issueDate: '2026-11-01', dueDate: '2026-12-15', note: 'scope grew' });

    expect(edited).toMatchObject({ id: invoice.id, amountMinor: 150_000, dueDate: '2026-12-15', note: 'scope grew', createdAt: invoice.createdAt });
    expect((await app.deals.queries.dealCard(deal.id)).invoices.map((s) => s.invoice.id)).toEqual([invoice.id]);
    expect(await app.queries.pendingOutboxCount()).toBe(before + 1);
  });

  it('edits a case’s title, severity and owner; an emptied owner is the signed-in user again', async () => {
    const { app, client } = await setUp();
    const opened = await app.deals.openServiceCase({ clientId: client.id, title: 'Sync fails', description: '', severity: 'normal', owner: 'ivan@clientbook.example' });
    const before = await app.queries.pendingOutboxCount();

    const edited = await app.deals.updateServiceCase(opened.id, { title: ' Sync fails on Mondays ', severity: 'critical', owner: 'Olena@Clientbook.example' });
    expect(edited).toMatchObject({ title: 'Sync fails on Mondays', severity: 'critical', owner: 'olena@clientbook.example', status: 'open' });
    expect(await app.queries.pendingOutboxCount()).toBe(before + 1);

    expect((await app.deals.updateServiceCase(opened.id, { owner: '  ' })).owner).toBe('me@clientbook.example');
    await expect(app.deals.updateServiceCase(opened.id, { severity: 'apocalyptic' })).rejects.toBeInstanceOf(ValidationError);
    expect((await app.deals.queries.serviceCase(opened.id)).serviceCase).toMatchObject({ severity: 'critical' });
  });
});
