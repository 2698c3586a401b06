import 'fake-indexeddb/auto';
import { changesOf } from '../../../src/adapters/storage/analyticsJournal';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { dexieAnalyticsSnapshot } from '../../../src/adapters/storage/dexieAnalyticsSnapshot';
import { dexieAnalyticsSource } from '../../../src/adapters/storage/dexieAnalyticsSource';
import { demoYear } from '../../../src/app/demoYear';
import { withChangedRecords } from '../../../src/domain/analytics/ChangedRecords';

const now = new Date('2026-11-27T09:00:00Z');
const since = '2026-10-28';

let seq = 0;
async function seeded() {
  const name = `analytics-journal-${process.pid}-${++seq}`;
  const db = new ClientbookDb(name);
  const year = demoYear({ now });
  await db.transaction('rw', [db.clients, db.deals, db.invoices, db.payments, db.history, db.members], async () => {
    await Promise.all([db.clients.bulkPut(year.clients), db.deals.bulkPut(year.deals), db.invoices.bulkPut(year.invoices), db.payments.bulkPut(year.payments), db.history.bulkPut(year.history), db.members.bulkPut(year.members)]);
  });
  const source = dexieAnalyticsSource(name);
  const [stamps, read] = [await source.stamps(), await source.read(since)];
  return { db, source, read, records: stamps.records! };
}

describe('the journal of the records each write changed', () => {
  it('tells which records were written since a stamp: the first read with them read again equals a read now', async () => {
    const { db, source, read, records } = await seeded();
    const [deal, other] = await db.deals.where('status').equals('open').limit(2).toArray();
    const invoice = (await db.invoices.toCollection().first())!;
    const payment = (await db.payments.toCollection().first())!;
    // An edit, an update by query, a new record, a deletion, a sync pull's page, and an edit with a logged call.
    await db.deals.put({ ...deal!, amountMinor: deal!.amountMinor + 100 });
    await db.deals.where('id').equals(other!.id).modify({ probability: 90 });
    await db.payments.add({ ...payment, id: 'paid-today', date: '2026-11-27' });
    await db.invoices.delete(invoice.id);
    await db.clients.bulkPut([{ ...(await db.clients.toCollection().first())!, name: 'Renamed' }, { ...(await db.clients.toCollection().last())!, id: 'new-client' }]);
    await db.transaction('rw', db.deals, db.history, async () => {
      await db.history.put({ ...(await db.history.toCollection().first())!, id: 'logged-today', dealId: deal!.id, at: '2026-11-27T08:00:00.000Z' });
      await db.deals.update(deal!.id, { stage: 'negotiation' });
    });
    // Rolled back: neither written nor noted.
    await expect(db.transaction('rw', db.members, async () => {
      await db.members.put({ ...(await db.members.toCollection().first())!, id: 'never', email: 'never@clientbook.example' });
      throw new Error('cancelled');
    })).rejects.toThrow('cancelled');

    const changes = (await source.changedSince(records))!;
    expect(Object.fromEntries(Object.entries(changes).map(([table, c]) => [table, [...c.ids].sort()]))).toEqual({
      deals: [deal!.id, other!.id].sort(),
      payments: ['paid-today'],
      invoices: [invoice.id],
      clients: [(await db.clients.where('name').equals('Renamed').first())!.id, 'new-client'].sort(),
    });
    expect(withChangedRecords(read.data, changes)).toEqual((await source.read(since)).data);
    // Nothing since the stamp now.
    expect(await source.changedSince((await source.stamps()).records!)).toEqual({});
  });

  it('cannot tell after a table was emptied, the settings changed, or for a stamp of another store', async () => {
    const first = await seeded();
    await first.db.invoices.clear();
    expect(await first.source.changedSince(first.records)).toBeNull();

    const second = await seeded();
    await second.db.analyticsSettings.put({ id: 'team', thresholds: {}, commissions: {} } as never);
    expect(await second.source.changedSince(second.records)).toBeNull();
    // Another store at the same count: its journal says nothing of this one's records.
    const third = await seeded();
    expect(third.records.split(':r')[1]).toBe(first.records.split(':r')[1]);
    expect(await third.source.changedSince(first.records)).toBeNull();
  });

  it('drops the rows of writes counted long ago, and keeps the recent ones', async () => {
    const db = new ClientbookDb(`analytics-journal-${process.pid}-${++seq}`);
    await db.analyticsChanges.put({ id: 'analytics', epoch: 'e', count: 2399, records: 2399 });
    await db.analyticsJournal.bulkPut([100, 500, 2399].map((records) => ({ records, part: 0, table: 'deals', keys: ['x'] })));
    await db.members.put({ id: 'm', email: 'm@clientbook.example', name: 'M', role: 'manager', createdAt: now.toISOString(), updatedAt: now.toISOString() });
    expect((await db.analyticsJournal.toArray()).map((r) => [r.records, r.table, r.keys])).toEqual([[500, 'deals', ['x']], [2399, 'deals', ['x']], [2400, 'members', ['m']]]);
  });

  it('keeps a read’s records on the device a few thousand to a row and gives them back as read, in order, with their stamp', async () => {
    const { read, records, source } = await seeded();
    // The store's own, at its schema version.
    await source.keepSnapshot(records, read.data);
    expect(await (await source.keptSnapshot())!.data()).toEqual({ ...read.data, history: [] });
    const name = `analytics-snapshot-${process.pid}-${++seq}`;
    const kept = dexieAnalyticsSnapshot(name);
    expect(await kept.kept(11)).toBeNull();
    // More deals than one row holds.
    const deals = Array.from({ length: 4_500 }, (_, i) => ({ ...read.data.deals[i % read.data.deals.length]!, id: `deal-${String(i).padStart(5, '0')}` }));
    await kept.keep(records, 11, { ...read.data, deals });
    const again = (await kept.kept(11))!;
    // Kept from a store of another schema version: not used.
    expect(await kept.kept(12)).toBeNull();
    expect(again.records).toBe(records);
    expect(await again.data()).toEqual({ ...read.data, deals, history: [] });
    // A later keep takes the place of the last.
    await kept.keep('other:r2', 11, { ...read.data, deals: deals.slice(0, 3) });
    expect((await (await kept.kept(11))!.data()).deals.map((d) => d.id)).toEqual(['deal-00000', 'deal-00001', 'deal-00002']);
  });

  it('cannot tell when the rows of a counted write are missing (dropped as too old)', () => {
    const row = (records: number, keys: string[] | null = ['a']) => ({ records, part: 0, table: 'deals', keys });
    expect(changesOf([row(3), row(4, ['b'])], 2, 4)).toEqual(new Map([['deals', new Set(['a', 'b'])]]));
    expect(changesOf([row(4)], 2, 4)).toBeNull();
    expect(changesOf([row(3), row(4, null)], 2, 4)).toBeNull();
  });
});
