/**
 * An edit form saves only what the manager changed in it. A colleague's edit to another field,
 * pulled while the form was open, stays: written back whole, the form's copy would have undone it
 * with no 412 and nothing in the conflict log. Where both changed one field, the save wins and the
 * colleague's value goes to the conflict log.
 */
import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieSyncState } from '../../../src/adapters/storage/DexieSyncState';
import { openApp } from '../../../src/app/openApp';
import type { Clock } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const clock: Clock = { now: () => new Date(2026, 10, 27, 10, 0, 0) };

async function setUp() {
  const dbName = `edit-pulled-${process.pid}-${++seq}`;
  const app = await openApp(new FakeMailHost(), { dbName, clock });
  // The sync engine's pull writes the store directly, as this handle does.
  const db = new ClientbookDb(dbName);
  const client = await app.createClient({
    client: { name: 'Fabrikam', domains: ['fabrikam.com'], phone: '+380 44 111 2233', notes: '' },
    contacts: [{ name: 'Anna Nowak', position: 'Buyer', emails: ['anna@fabrikam.com'], phones: ['+380 67 111 2233'] }],
  });
  return { app, db, client };
}

describe('saving an edit form over a colleague’s pulled edit', () => {
  it('keeps the colleague’s phone on the client when my form changed the notes', async () => {
    const { app, db, client } = await setUp();
    const opened = (await db.clients.get(client.id))!;
    await db.clients.update(client.id, { phone: '+380 44 999 8877', updatedAt: '2026-11-27T09:30:00.000Z' });

    await app.saveClient({ ...opened, notes: 'Budget approved in March' }, opened);

    expect(await db.clients.get(client.id)).toMatchObject({ phone: '+380 44 999 8877', notes: 'Budget approved in March' });
  });

  it('keeps the colleague’s list of domains and dated impression when I changed another field', async () => {
    const { app, db, client } = await setUp();
    const opened = (await db.clients.get(client.id))!;
    const impression = { value: 'Keen on the new line', on: '2026-11-26' };
    await db.clients.update(client.id, { domains: ['fabrikam.com', 'fabrikam.ua'], impression });

    // The form sends its own copies of the unchanged lists and dated values, equal but not the same objects.
    await app.saveClient({ ...structuredClone(opened), website: 'https://fabrikam.com' }, structuredClone(opened));

    expect(await db.clients.get(client.id)).toMatchObject({ domains: ['fabrikam.com', 'fabrikam.ua'], impression, website: 'https://fabrikam.com' });
  });

  it('keeps the colleague’s phone on a contact when my form changed the position', async () => {
    const { app, db, client } = await setUp();
    const opened = (await app.queries.clientCard(client.id)).contacts[0]!;
    await db.contacts.update(opened.id, { phones: ['+380 67 999 8877'] });

    await app.saveContact({ ...opened, position: 'Head of purchasing' }, opened);

    expect(await db.contacts.get(opened.id)).toMatchObject({ phones: ['+380 67 999 8877'], position: 'Head of purchasing' });
  });

  it('keeps the colleague’s expected close date on a deal when my form changed the notes', async () => {
    const { app, db, client } = await setUp();
    const opened = await app.deals.create({ clientId: client.id, title: 'Rollout', currency: 'UAH', amountMinor: 100_000, expectedCloseDate: '2026-12-15' });
    await db.deals.update(opened.id, { expectedCloseDate: '2027-01-20', amountMinor: 120_000 });

    // What DealForm sends: every field it shows, lines and amount included.
    const { title, currency, owner, probability, expectedCloseDate, salesChannel, campaignId, amountMinor } = opened;
    await app.deals.update(opened.id, { title, currency, owner, probability, expectedCloseDate, salesChannel, campaignId, amountMinor, lines: [], notes: 'Waits for the board' }, opened);

    expect(await db.deals.get(opened.id)).toMatchObject({ expectedCloseDate: '2027-01-20', amountMinor: 120_000, notes: 'Waits for the board' });
  });

  it('keeps the colleague’s severity on a service case when my form changed the description', async () => {
    const { app, db, client } = await setUp();
    const opened = await app.deals.openServiceCase({ clientId: client.id, title: 'Sync fails', description: '', severity: 'normal', openedOn: '2026-11-20' });
    await db.serviceCases.update(opened.id, { severity: 'critical' });

    const { title, severity, owner, openedOn } = opened;
    await app.deals.updateServiceCase(opened.id, { title, severity, owner, openedOn, description: 'Every Monday since the update' }, opened);

    expect(await db.serviceCases.get(opened.id)).toMatchObject({ severity: 'critical', description: 'Every Monday since the update' });
  });

  it('lets my change win where the colleague changed the same field, and keeps theirs in the conflict log', async () => {
    const { app, db, client } = await setUp();
    const opened = (await db.clients.get(client.id))!;
    await db.clients.update(client.id, { notes: 'Theirs', phone: '+380 44 999 8877', updatedAt: '2026-11-27T09:30:00.000Z' });

    // The phone: changed back to what the colleague wrote, so nothing of theirs is lost there.
    await app.saveClient({ ...opened, notes: 'Mine', phone: '+380 44 999 8877' }, opened);

    expect(await db.clients.get(client.id)).toMatchObject({ notes: 'Mine', phone: '+380 44 999 8877' });
    expect(await db.syncConflicts.toArray()).toEqual([
      expect.objectContaining({ table: 'clients', key: client.id, field: 'notes', kept: 'Mine', lost: 'Theirs', lostAt: '2026-11-27T09:30:00.000Z', restoredAt: null }),
    ]);
  });

  it('logs the colleague’s deal amount my form replaced, which the conflict log can restore', async () => {
    const { app, db, client } = await setUp();
    const opened = await app.deals.create({ clientId: client.id, title: 'Rollout', currency: 'UAH', amountMinor: 100_000 });
    await db.deals.update(opened.id, { amountMinor: 120_000 });

    await app.deals.update(opened.id, { title: opened.title, lines: [], amountMinor: 150_000 }, opened);

    expect((await db.deals.get(opened.id))?.amountMinor).toBe(150_000);
    const [logged] = await db.syncConflicts.toArray();
    expect(logged).toMatchObject({ table: 'deals', key: opened.id, field: 'amountMinor', kept: 150_000, lost: 120_000 });

    await new DexieSyncState(db).restoreConflict(logged!.id, '2026-11-27T11:00:00.000Z');
    expect((await db.deals.get(opened.id))?.amountMinor).toBe(120_000);
  });
});
