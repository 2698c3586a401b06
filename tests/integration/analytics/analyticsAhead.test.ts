import 'fake-indexeddb/auto';
import { DexieAnalyticsStore } from '../../../src/adapters/storage/DexieAnalyticsStore';
import type { App } from '../../../src/app/createApp';
import { openApp } from '../../../src/app/openApp';
import { channelWorkers } from '../../support/channelWorkers';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const clock = { now: () => new Date('2026-03-10T09:00:00Z') };
const march = { from: '2026-03-01', to: '2026-03-31' };
const tenthOfMarch = { from: '2026-03-10', to: '2026-03-10' };
const store = () => `analytics-ahead-${process.pid}-${++seq}`;
// The worker answers and keeps what it read in the background.
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

async function wonDeal(app: App, name: string) {
  const client = await app.createClient({ client: { name, domains: [`${name.toLowerCase()}.example`] }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: `${name} seats`, currency: 'UAH', amountMinor: 500_00 });
  await app.deals.closeAsWon(deal.id);
}

let workers: ReturnType<typeof channelWorkers>;
beforeEach(() => (workers = channelWorkers()));
afterEach(() => {
  workers.close();
  jest.restoreAllMocks();
});

/** A pane start whose kept figures are current: the last pane computed March's dashboard and nothing was written since. */
async function startWithCurrentFigures(startAnalyticsWorker: () => ReturnType<ReturnType<typeof channelWorkers>['start']> | Promise<null>) {
  const dbName = store();
  const first = await openApp(new FakeMailHost(), { dbName, clock, startAnalyticsWorker: workers.start });
  await wonDeal(first, 'Contoso');
  await (await (await first.analytics!.begin()).fresh).dashboard(march, null);
  await settle();
  return openApp(new FakeMailHost(), { dbName, clock, startAnalyticsWorker });
}

describe('reading ahead once the kept figures are shown and current', () => {
  it('has the worker read the store meanwhile, so another period is answered without waiting for a read', async () => {
    const next = await startWithCurrentFigures(workers.start);
    const readsBefore = workers.reads();

    const { fresh, recalled, readAhead } = await next.analytics!.begin({ earlierDays: true });
    expect((await recalled)?.asOf).toBeNull();
    readAhead();
    await settle();
    expect(workers.reads()).toBe(readsBefore + 1);

    const session = await fresh;
    expect((await session.dashboard(tenthOfMarch, null)).results.won.count).toBe(1);
    expect((await session.dashboard(march, null)).results.won.count).toBe(1);
    expect(workers.reads()).toBe(readsBefore + 1);
  });

  const failedWorker = async () => {
    const connection = (await workers.start())!;
    connection.fail(new Error('The worker’s script did not load'));
    return connection;
  };
  it.each([
    ['where no worker can run', async () => null],
    ['when the worker failed', failedWorker],
  ])('reads nothing ahead %s: the pane’s own thread would freeze while it reads', async (_, startAnalyticsWorker) => {
    const next = await startWithCurrentFigures(startAnalyticsWorker);
    const wholeReads = jest.spyOn(DexieAnalyticsStore.prototype, 'snapshot');

    const { recalled, readAhead } = await next.analytics!.begin({ earlierDays: true });
    expect((await recalled)?.asOf).toBeNull();
    readAhead();
    await settle();
    expect(wholeReads).not.toHaveBeenCalled();
  });

  it('reads nothing unless asked to read ahead (home’s alarms): the store is read only when a figure is asked that was not kept', async () => {
    const next = await startWithCurrentFigures(workers.start);
    const readsBefore = workers.reads();

    await (await next.analytics!.begin()).recalled;
    await settle();
    expect(workers.reads()).toBe(readsBefore);
  });
});
