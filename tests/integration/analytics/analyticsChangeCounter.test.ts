import 'fake-indexeddb/auto';
import { recordsStampOf, stampOf } from '../../../src/adapters/storage/analyticsChangeCounter';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieAnalyticsStore } from '../../../src/adapters/storage/DexieAnalyticsStore';
import { DexieSyncState } from '../../../src/adapters/storage/DexieSyncState';
import type { App } from '../../../src/app/createApp';
import { openApp } from '../../../src/app/openApp';
import type { Deal } from '../../../src/domain/model/Deal';
import { aClient } from '../../support/builders/aClient';
import { FakeMailHost } from '../../support/fakeMailHost';
import { contact } from '../../unit/analytics/analyticsBuilders';

let seq = 0;
let minute = 0;
const clock = { now: () => new Date(Date.UTC(2026, 2, 10, 9, minute)) };
const march = { from: '2026-03-01', to: '2026-03-31' };
const store = () => `analytics-changes-${process.pid}-${++seq}`;
const paneStart = (dbName: string) => openApp(new FakeMailHost(), { dbName, clock });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function wonDeal(app: App, name: string): Promise<Deal> {
  const client = await app.createClient({ client: { name, domains: [`${name.toLowerCase()}.example`] }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: `${name} seats`, currency: 'UAH', amountMinor: 1000_00 });
  return app.deals.closeAsWon(deal.id);
}

/** A pane that won a deal and was shown March's team dashboard, which the next pane start keeps. */
async function paneThatShowedMarch(dbName: string) {
  minute = 0;
  const app = await paneStart(dbName);
  const deal = await wonDeal(app, 'Contoso');
  const board = await (await app.analytics!.open()).dashboard(march, null);
  await settle();
  return { app, deal, board };
}

/** Counts the pane's reads of the whole store for analytics (the main thread's path: jest has no Worker). */
function countStoreReads() {
  const spy = jest.spyOn(DexieAnalyticsStore.prototype, 'snapshot');
  return { reads: () => spy.mock.calls.length };
}

afterEach(() => jest.restoreAllMocks());

describe('kept analytics figures and the store’s change counter', () => {
  it('shows the kept figures as current, without reading the store, when nothing was written since they were computed', async () => {
    const dbName = store();
    const { board } = await paneThatShowedMarch(dbName);

    minute = 30;
    const restarted = await paneStart(dbName);
    const reads = countStoreReads();
    const { fresh, recalled } = await restarted.analytics!.begin();
    const kept = await recalled;
    expect(kept?.asOf).toBeNull();
    expect(await fresh).toBe(kept);
    expect(await kept!.dashboard(march, null)).toEqual(board);
    expect(reads.reads()).toBe(0);
  });

  it('stays current across pane starts until a local write, which makes the next start read the store', async () => {
    const dbName = store();
    await paneThatShowedMarch(dbName);
    minute = 10;
    const second = await paneStart(dbName);
    expect((await (await second.analytics!.begin()).recalled)?.asOf).toBeNull();

    await wonDeal(second, 'Fabrikam');
    minute = 20;
    const third = await paneStart(dbName);
    const reads = countStoreReads();
    const { fresh, recalled } = await third.analytics!.begin();
    const kept = await recalled;
    expect(kept?.asOf).toBe('2026-03-10T09:00:00.000Z');
    expect((await kept!.dashboard(march, null)).results.won.count).toBe(1);
    expect((await (await fresh).dashboard(march, null)).results.won.count).toBe(2);
    expect(reads.reads()).toBe(1);
  });

  it('reuses the kept figures home read at the pane start when the screen opens, until a write', async () => {
    const dbName = store();
    await paneThatShowedMarch(dbName);
    minute = 10;
    const restarted = await paneStart(dbName);
    const atHome = await (await restarted.analytics!.begin()).recalled;
    const onScreen = await (await restarted.analytics!.begin()).recalled;
    expect(onScreen).toBe(atHome);
    expect(onScreen?.asOf).toBeNull();

    await wonDeal(restarted, 'Fabrikam');
    const afterWrite = await (await restarted.analytics!.begin()).recalled;
    expect(afterWrite).not.toBe(atHome);
    expect(afterWrite?.asOf).toBe('2026-03-10T09:00:00.000Z');
  });

  it('counts a deal a colleague closed that arrived by a sync pull', async () => {
    const dbName = store();
    const { deal } = await paneThatShowedMarch(dbName);
    minute = 5;
    expect((await (await (await paneStart(dbName)).analytics!.begin()).recalled)?.asOf).toBeNull();
    const db = new ClientbookDb(dbName);
    const colleagues: Deal = { ...deal, id: 'deal-pulled', title: 'Pulled seats', updatedAt: '2026-03-10T09:05:00.000Z' };
    await new DexieSyncState(db).applyPulled('deals', [{ kind: 'upsert', version: { itemId: '7', eTag: '"1"', record: colleagues } }]);
    db.close();

    minute = 10;
    const restarted = await paneStart(dbName);
    const { fresh, recalled } = await restarted.analytics!.begin();
    expect((await recalled)?.asOf).toBe('2026-03-10T09:00:00.000Z');
    expect((await (await fresh).dashboard(march, null)).results.won.count).toBe(2);
  });

  it('is not moved by writes to what analytics do not read, nor by reads', async () => {
    const dbName = store();
    const { app } = await paneThatShowedMarch(dbName);
    await app.queries.hasClients();
    const db = new ClientbookDb(dbName);
    await db.mailingSettings.put({ key: 'mailing', neverMailDomains: ['rival.example'], signature: '', phone: '' });
    db.close();

    minute = 10;
    const restarted = await paneStart(dbName);
    expect((await (await restarted.analytics!.begin()).recalled)?.asOf).toBeNull();
  });

  it('moves with every committed write to the analytics tables and not with one that was rolled back', async () => {
    const db = new ClientbookDb(store());
    const stamp = async () => (await db.analyticsChanges.get('analytics'))?.count ?? 0;
    await db.clients.add(aClient({ id: 'c1' }));
    expect(await stamp()).toBe(1);
    await db.transaction('rw', db.clients, db.deals, async () => {
      await db.clients.put(aClient({ id: 'c1', name: 'Renamed' }));
      await db.clients.add(aClient({ id: 'c2' }));
    });
    expect(await stamp()).toBe(2);
    await expect(
      db.transaction('rw', db.clients, async () => {
        await db.clients.add(aClient({ id: 'c3' }));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await stamp()).toBe(2);
    expect(await db.clients.count()).toBe(2);
    db.close();
  });

  it('tells writes to history alone from writes to the records, once per transaction', async () => {
    const db = new ClientbookDb(store());
    const stamps = async () => {
      const row = await db.analyticsChanges.get('analytics');
      return { all: stampOf(row), records: recordsStampOf(row) };
    };
    await db.clients.add(aClient({ id: 'c1' }));
    const first = await stamps();
    await db.history.add(contact('h1', 'c1', '2026-03-10T09:00:00Z'));
    const afterHistory = await stamps();
    expect(afterHistory.all).not.toBe(first.all);
    expect(afterHistory.records).toBe(first.records);
    // History first, then a client, in one transaction: one write to the records.
    await db.transaction('rw', db.history, db.clients, async () => {
      await db.history.add(contact('h2', 'c1', '2026-03-10T10:00:00Z'));
      await db.clients.put(aClient({ id: 'c1', name: 'Renamed' }));
      await db.history.add(contact('h3', 'c1', '2026-03-10T11:00:00Z'));
    });
    const row = (await db.analyticsChanges.get('analytics'))!;
    expect({ count: row.count, records: row.records }).toEqual({ count: 3, records: 2 });
    db.close();
  });
});
