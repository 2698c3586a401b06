import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { dexieAnalyticsSource } from '../../../src/adapters/storage/dexieAnalyticsSource';
import { analyticsFigures, settingsWithDefaults } from '../../../src/app/analyticsFigures';
import { demoYear } from '../../../src/app/demoYear';

const now = new Date('2026-11-27T09:00:00Z');
const today = '2026-11-27';
const year = { from: '2025-12-01', to: '2026-11-30' };
const settings = settingsWithDefaults(undefined, now.toISOString());
// The stalled-deal limit of the default settings.
const since = '2026-10-28';

let seq = 0;
async function seeded(): Promise<{ name: string; db: ClientbookDb }> {
  const name = `analytics-source-${process.pid}-${++seq}`;
  const db = new ClientbookDb(name);
  const year = demoYear({ now });
  await db.transaction('rw', [db.clients, db.deals, db.invoices, db.payments, db.history, db.plannedContacts, db.campaigns, db.products, db.members], async () => {
    await Promise.all([db.clients.bulkPut(year.clients), db.deals.bulkPut(year.deals), db.invoices.bulkPut(year.invoices), db.payments.bulkPut(year.payments), db.history.bulkPut(year.history), db.plannedContacts.bulkPut(year.plannedContacts), db.campaigns.bulkPut(year.campaigns), db.products.bulkPut(year.products), db.members.bulkPut(year.members)]);
  });
  return { name, db };
}

/** The figures a read gives, as the worker works them out. */
async function figuresOf(name: string, light: boolean) {
  const read = await dexieAnalyticsSource(name).read(light ? since : null);
  const figures = analyticsFigures(read.data, settings, today, read.known);
  return { read, board: figures.dashboard(year, null), manager: figures.dashboard({ from: '2026-11-01', to: '2026-11-30' }, figures.owners[0]!), alarms: figures.alarms(year) };
}

describe('the store read for analytics', () => {
  it('leaves history out of the first read and still gives every figure the whole read gives', async () => {
    const { name, db } = await seeded();
    // A contact logged today on an open deal keeps it from being stalled.
    const open = (await db.deals.where('status').equals('open').toArray())[0]!;
    const stalledBefore = (await figuresOf(name, false)).board.stalled.map((d) => d.dealId);
    await db.history.put({ ...(await db.history.toCollection().first())!, id: 'logged-today', clientId: open.clientId, dealId: open.id, at: '2026-11-27T08:00:00.000Z' });

    const light = await figuresOf(name, true);
    const whole = await figuresOf(name, false);
    expect(light.read.data.history).toEqual([]);
    expect(whole.read.data.history.length).toBeGreaterThan(2000);
    expect(light.board).toEqual(whole.board);
    expect(light.manager).toEqual(whole.manager);
    expect(light.alarms).toEqual(whole.alarms);
    expect(light.board.stalled.length).toBeGreaterThan(0);
    expect(whole.board.stalled.map((d) => d.dealId)).not.toContain(open.id);
    expect(stalledBefore.length).toBeGreaterThanOrEqual(whole.board.stalled.length);
    // What the worker reads again after a write to history alone.
    expect(await dexieAnalyticsSource(name).readContacts(since, light.read.data.deals)).toEqual(light.read.known);
    expect(light.read.known.lastContactByDeal?.get(open.id)).toBe('2026-11-27T08:00:00.000Z');
    db.close();
  });

  it('reads the entries since the limit when the deals’ table was filled from a later day on', async () => {
    const { name, db } = await seeded();
    // As an upgrade noted it, before the head of sales lengthened the limit.
    await db.lastContactsFrom.put({ table: 'dealLastContacts', from: '2026-11-20' });
    const light = await figuresOf(name, true);
    expect(light.read.data.history.length).toBeGreaterThan(0);
    expect(light.read.data.history.every((h) => h.at >= since)).toBe(true);
    // Which deals are stalled, but not how long: without the table, contacts before the limit are not read.
    const stalledDeals = (board: typeof light.board) => ({ ...board, stalled: board.stalled.map((d) => d.dealId).sort(), alarms: board.alarms.map((a) => ({ ...a, ids: [...a.ids].sort() })) });
    expect(stalledDeals(light.board)).toEqual(stalledDeals((await figuresOf(name, false)).board));
    db.close();
  });
});
