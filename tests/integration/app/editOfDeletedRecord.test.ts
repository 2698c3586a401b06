/**
 * An edit form saved after a colleague deleted its record (a sync pull removed it while the form was
 * open) brings nothing back: no record, no outbox entry. The save is refused naming the record as
 * the form opened it, so the form can say so and keep the typing.
 */
import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DeletedWhileEditingError } from '../../../src/app/DeletedWhileEditingError';
import { openApp } from '../../../src/app/openApp';
import type { Clock } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const clock: Clock = { now: () => new Date(2026, 10, 27, 10, 0, 0) };

async function setUp() {
  const dbName = `edit-deleted-${process.pid}-${++seq}`;
  const app = await openApp(new FakeMailHost(), { dbName, clock });
  // The sync engine's pull deletes from the store directly, as this handle does.
  const db = new ClientbookDb(dbName);
  const client = await app.createClient({ client: { name: 'Fabrikam Logistics', domains: ['fabrikam.com'] }, contacts: [] });
  return { app, db, client };
}

describe('saving an edit form whose record a colleague deleted', () => {
  it('leaves the client deleted and queues nothing', async () => {
    const { app, db, client } = await setUp();
    const opened = (await db.clients.get(client.id))!;
    await db.clients.delete(client.id);
    const queued = await db.outbox.count();

    const saving = app.saveClient({ ...opened, name: 'Fabrikam Logistics Ltd', notes: 'Budget approved in March' }, opened);

    await expect(saving).rejects.toBeInstanceOf(DeletedWhileEditingError);
    await expect(saving).rejects.toMatchObject({ edited: { kind: 'client', name: 'Fabrikam Logistics' } });
    expect(await db.clients.get(client.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);
  });

  it('leaves the deal deleted and queues nothing', async () => {
    const { app, db, client } = await setUp();
    const opened = await app.deals.create({ clientId: client.id, title: 'Fleet rollout', currency: 'UAH', amountMinor: 100_000 });
    await db.deals.delete(opened.id);
    const queued = await db.outbox.count();

    const { title, currency, owner, probability, expectedCloseDate, salesChannel, campaignId, amountMinor } = opened;
    const saving = app.deals.update(opened.id, { title, currency, owner, probability, expectedCloseDate, salesChannel, campaignId, amountMinor, lines: [], notes: 'Waits for the board' }, opened);

    await expect(saving).rejects.toMatchObject({ name: 'DeletedWhileEditingError', edited: { kind: 'deal', title: 'Fleet rollout' } });
    expect(await db.deals.get(opened.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);
  });
});
