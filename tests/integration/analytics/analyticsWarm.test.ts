/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { DexieAnalyticsStore } from '../../../src/adapters/storage/DexieAnalyticsStore';
import type { App } from '../../../src/app/createApp';
import { openApp } from '../../../src/app/openApp';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
let today = '2026-03-10';
const clock = { now: () => new Date(`${today}T09:00:00Z`) };
const march = { from: '2026-03-01', to: '2026-03-31' };
const marchOf = (today: string) => ({ from: `${today.slice(0, 7)}-01`, to: '2026-03-31' });
const store = () => `analytics-warm-${process.pid}-${++seq}`;
const paneStart = (dbName: string, host = new FakeMailHost()) => openApp(host, { dbName, clock });
// Figures are kept in the background after they are shown.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function clientWithWonDeal(app: App, name: string) {
  const client = await app.createClient({ client: { name, domains: [`${name.toLowerCase()}.example`] }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: `${name} seats`, currency: 'UAH', amountMinor: 500_00 });
  await app.deals.closeAsWon(deal.id);
}

/** The reads of the whole store for analytics (jest has no Worker: the pane's own thread reads). */
function storeReads() {
  const spy = jest.spyOn(DexieAnalyticsStore.prototype, 'snapshot');
  return () => spy.mock.calls.length;
}

afterEach(() => {
  jest.restoreAllMocks();
  today = '2026-03-10';
});

describe('analytics made ready while the pane sits idle', () => {
  it('reads the store at a pane start for a user who opened analytics before, so the screen then shows current figures without a read', async () => {
    const dbName = store();
    const first = await paneStart(dbName);
    await clientWithWonDeal(first, 'Contoso');
    await (await (await first.analytics!.begin()).fresh).dashboard(march, null);
    // A sync pull or an edit since: the figures the first pane kept are out of date.
    await clientWithWonDeal(first, 'Fabrikam');

    const next = await paneStart(dbName);
    const reads = storeReads();
    await next.analytics!.warm(marchOf);
    await settle();
    expect(reads()).toBe(1);

    const { fresh, recalled } = await next.analytics!.begin();
    expect((await recalled)?.asOf).toBeNull();
    expect((await (await fresh).dashboard(march, null)).results.won.count).toBe(2);
    expect(reads()).toBe(1);
  });

  it('reads the store once for a user who never opened analytics here, whose first opening then shows those figures at once', async () => {
    const dbName = store();
    const app = await paneStart(dbName);
    await clientWithWonDeal(app, 'Contoso');
    // A colleague's figures are theirs: they do not count as this user's.
    const colleague = await paneStart(dbName, new FakeMailHost({ user: { email: 'petro@clientbook.example', displayName: 'Petro Bondar' } }));
    await (await (await colleague.analytics!.begin()).fresh).dashboard(march, null);
    await settle();

    const reads = storeReads();
    await (await paneStart(dbName)).analytics!.warm(marchOf);
    await settle();
    expect(reads()).toBe(1);
    // Figures kept, and analytics not opened since: the next pane start reads nothing.
    await (await paneStart(dbName)).analytics!.warm(marchOf);
    expect(reads()).toBe(1);

    // Nothing written since: the first opening's figures are current, and the store is not read.
    const { fresh, recalled } = await (await paneStart(dbName)).analytics!.begin();
    expect((await recalled)?.asOf).toBeNull();
    expect((await (await fresh).dashboard(march, null)).results.won.count).toBe(1);
    expect(reads()).toBe(1);
  });

  it('reads nothing once the user has not opened analytics for more than two weeks', async () => {
    const dbName = store();
    today = '2026-02-20';
    const first = await paneStart(dbName);
    await clientWithWonDeal(first, 'Contoso');
    await (await first.analytics!.begin()).fresh;

    today = '2026-03-06';
    let reads = storeReads();
    await (await paneStart(dbName)).analytics!.warm(marchOf);
    expect(reads()).toBe(1);

    jest.restoreAllMocks();
    today = '2026-03-07';
    reads = storeReads();
    await (await paneStart(dbName)).analytics!.warm(marchOf);
    expect(reads()).toBe(0);
  });

  it('reads nothing when the figures the last pane start kept are still current', async () => {
    const dbName = store();
    const first = await paneStart(dbName);
    await clientWithWonDeal(first, 'Contoso');
    await (await (await first.analytics!.begin()).fresh).dashboard(march, null);
    await settle();

    const reads = storeReads();
    await (await paneStart(dbName)).analytics!.warm(marchOf);
    expect(reads()).toBe(0);
  });
});
