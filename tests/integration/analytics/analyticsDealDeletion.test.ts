import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieDealStore } from '../../../src/adapters/storage/DexieDealStore';
import { dexieAnalyticsSource } from '../../../src/adapters/storage/dexieAnalyticsSource';
import { demoYear } from '../../../src/app/demoYear';
import { withChangedRecords } from '../../../src/domain/analytics/ChangedRecords';

const now = new Date('2026-11-27T09:00:00Z');
const since = '2026-10-28';

describe('a deleted deal in the analytics', () => {
  it('is noted with its planned receipts, so the figures kept drop it as a read now does', async () => {
    const name = `analytics-deal-deletion-${process.pid}`;
    const db = new ClientbookDb(name);
    const year = demoYear({ now });
    await db.transaction('rw', [db.clients, db.deals, db.invoices, db.payments, db.history, db.members], async () => {
      await Promise.all([db.clients.bulkPut(year.clients), db.deals.bulkPut(year.deals), db.invoices.bulkPut(year.invoices), db.payments.bulkPut(year.payments), db.history.bulkPut(year.history), db.members.bulkPut(year.members)]);
    });
    const source = dexieAnalyticsSource(name);
    const records = (await source.stamps()).records!;
    const read = await source.read(since);
    const paid = new Set(year.payments.map((p) => p.dealId));
    const deal = year.deals.find((d) => !paid.has(d.id) && year.invoices.some((i) => i.dealId === d.id))!;
    const receipts = year.invoices.filter((i) => i.dealId === deal.id).map((i) => i.id);

    await new DexieDealStore(db).deleteDeal(deal.id);

    const changes = (await source.changedSince(records))!;
    expect(Object.fromEntries(Object.entries(changes).map(([table, c]) => [table, [...c.ids].sort()]))).toEqual({ deals: [deal.id], invoices: [...receipts].sort() });
    const kept = withChangedRecords(read.data, changes);
    expect(kept).toEqual((await source.read(since)).data);
    expect(kept.deals.some((d) => d.id === deal.id)).toBe(false);
    db.close();
  });
});
