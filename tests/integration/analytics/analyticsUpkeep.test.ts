/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { DexieAnalyticsStore } from '../../../src/adapters/storage/DexieAnalyticsStore';
import type { AppDeps } from '../../../src/app/AppDeps';
import type { App } from '../../../src/app/createApp';
import { openApp } from '../../../src/app/openApp';
import { channelWorkers } from '../../support/channelWorkers';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
let today = '2026-03-10';
const clock = { now: () => new Date(`${today}T09:00:00Z`) };
const march = { from: '2026-03-01', to: '2026-03-31' };
const marchOf = (day: string) => ({ from: `${day.slice(0, 7)}-01`, to: '2026-03-31' });
const store = () => `analytics-upkeep-${process.pid}-${++seq}`;
const QUIET_MS = 60;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Long enough for the writes to be quiet, the figures worked out and kept. */
const settle = () => pause(QUIET_MS * 6);

let workers: ReturnType<typeof channelWorkers>;
beforeEach(() => (workers = channelWorkers()));
afterEach(() => {
  workers.close();
  jest.restoreAllMocks();
  today = '2026-03-10';
});

const paneStart = (dbName: string, startAnalyticsWorker: AppDeps['startAnalyticsWorker'] = workers.start) => openApp(new FakeMailHost(), { dbName, clock, startAnalyticsWorker, analyticsUpkeep: { quietMs: QUIET_MS, dayCheckMs: QUIET_MS } });

async function wonDeal(app: App, name: string) {
  const client = await app.createClient({ client: { name, domains: [`${name.toLowerCase()}.example`] }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: `${name} seats`, currency: 'UAH', amountMinor: 500_00 });
  await app.deals.closeAsWon(deal.id);
}

/** What the next pane start shows before it reads anything: whether the kept figures are current, and March's won deals in them. */
async function nextPaneStartShows(dbName: string) {
  const wholeReads = jest.spyOn(DexieAnalyticsStore.prototype, 'snapshot');
  const next = await paneStart(dbName, async () => null);
  const { recalled } = await next.analytics!.begin();
  const kept = await recalled;
  const shown = { current: kept?.asOf === null, won: kept && (await kept.dashboard(march, null)).results.won.count };
  expect(wholeReads).not.toHaveBeenCalled();
  return shown;
}

/** The user opens March's dashboard, and the pane then makes analytics ready as home does (warm). */
async function openedThenWarmed(pane: App) {
  await (await (await pane.analytics!.begin()).fresh).dashboard(march, null);
  await pane.analytics!.warm(marchOf);
}

describe('the figures analytics opens on, kept current while the pane is open', () => {
  it('are made again once writes stopped, so an opening after a sync pull or an edit shows current figures without reading the store', async () => {
    const dbName = store();
    const pane = await paneStart(dbName);
    await wonDeal(pane, 'Contoso');
    await openedThenWarmed(pane);

    await wonDeal(pane, 'Fabrikam');
    await settle();

    expect(await nextPaneStartShows(dbName)).toEqual({ current: true, won: 2 });
  });

  it('are made again for a new day in a pane left open overnight: what is overdue or stalled moved with it', async () => {
    const dbName = store();
    const pane = await paneStart(dbName);
    await wonDeal(pane, 'Contoso');
    await openedThenWarmed(pane);
    await settle();

    today = '2026-03-11';
    await settle();

    expect(await nextPaneStartShows(dbName)).toEqual({ current: true, won: 1 });
  });

  it('are made once for a burst of writes, after the last of them', async () => {
    const dbName = store();
    const pane = await paneStart(dbName);
    await openedThenWarmed(pane);
    const opensBefore = workers.opens();

    // A sync pull's pages, each its own write, closer together than the quiet the pane waits for.
    for (const name of ['Contoso', 'Fabrikam', 'Northwind']) {
      await wonDeal(pane, name);
      await pause(QUIET_MS / 4);
    }
    await settle();

    expect(workers.opens()).toBe(opensBefore + 1);
    expect(await nextPaneStartShows(dbName)).toEqual({ current: true, won: 3 });
  });

  it('include the head of sales’ home alarms, which the next pane start then shows without reading the store', async () => {
    const dbName = store();
    const at = '2026-03-01T09:00:00.000Z';
    const raw = new (await import('dexie')).default(dbName);
    const pane = await paneStart(dbName);
    await raw.open();
    await raw.table('members').put({ id: 'member:me@clientbook.example', email: 'me@clientbook.example', name: 'Maria Koval', role: 'head-of-sales', createdAt: at, updatedAt: at });
    raw.close();
    await pane.analytics!.warm(marchOf);

    await wonDeal(pane, 'Contoso');
    await settle();

    const wholeReads = jest.spyOn(DexieAnalyticsStore.prototype, 'snapshot');
    const kept = await (await (await paneStart(dbName, async () => null)).analytics!.begin()).recalled;
    expect(kept?.asOf).toBeNull();
    expect(await kept!.alarms(march)).toEqual(expect.any(Array));
    expect(wholeReads).not.toHaveBeenCalled();
  });

  it('are made for a user who never opened analytics here, whose first opening then shows current figures', async () => {
    const dbName = store();
    const pane = await paneStart(dbName);
    await pane.analytics!.warm(marchOf);
    await settle();

    await wonDeal(pane, 'Contoso');
    await settle();

    expect(await nextPaneStartShows(dbName)).toEqual({ current: true, won: 1 });
  });

  it('are made by one pane when two of the same user are open on the store (Web Locks)', async () => {
    const held = new Set<string>();
    const locks = {
      async request(name: string, _options: { ifAvailable: true }, work: (lock: { name: string } | null) => Promise<void>) {
        if (held.has(name)) return work(null);
        held.add(name);
        try {
          return await work({ name });
        } finally {
          held.delete(name);
        }
      },
    };
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    try {
      const dbName = store();
      const [first, second] = [await paneStart(dbName), await paneStart(dbName)];
      await wonDeal(first, 'Contoso');
      await openedThenWarmed(first);
      await second.analytics!.warm(marchOf);
      await settle();
      const opensBefore = workers.opens();

      await wonDeal(first, 'Fabrikam');
      await settle();

      expect(workers.opens()).toBe(opensBefore + 1);
      expect(await nextPaneStartShows(dbName)).toEqual({ current: true, won: 2 });
    } finally {
      delete (navigator as { locks?: unknown }).locks;
    }
  });

  it('are not made for a user who last opened analytics more than two weeks ago', async () => {
    const dbName = store();
    today = '2026-02-20';
    const first = await paneStart(dbName);
    await (await (await first.analytics!.begin()).fresh).dashboard(march, null);

    today = '2026-03-07';
    const pane = await paneStart(dbName);
    await pane.analytics!.warm(marchOf);
    const opensBefore = workers.opens();
    await wonDeal(pane, 'Contoso');
    await settle();

    expect(workers.opens()).toBe(opensBefore);
  });

  it('are not made where no worker runs: the pane’s own thread would freeze while it reads', async () => {
    const dbName = store();
    const pane = await paneStart(dbName, async () => null);
    await pane.analytics!.warm(marchOf);
    await settle();
    const wholeReads = jest.spyOn(DexieAnalyticsStore.prototype, 'snapshot');

    await wonDeal(pane, 'Contoso');
    await settle();

    expect(wholeReads).not.toHaveBeenCalled();
  });
});
