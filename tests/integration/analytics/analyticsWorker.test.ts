import { analyticsFigures, settingsWithDefaults } from '../../../src/app/analyticsFigures';
import type { AnalyticsSource } from '../../../src/app/analyticsMessages';
import { localSession, type AnalyticsSession } from '../../../src/app/analyticsSession';
import { AnalyticsWorkerFailedError, connectAnalyticsWorker } from '../../../src/app/connectAnalyticsWorker';
import { demoYear } from '../../../src/app/demoYear';
import { serveAnalytics } from '../../../src/app/serveAnalytics';
import { emptyAnalyticsData } from '../../../src/domain/analytics/AnalyticsData';

const now = new Date('2026-11-27T09:00:00Z');
const today = '2026-11-27';
const year = { from: '2025-12-01', to: '2026-11-30' };
const data = { ...emptyAnalyticsData(), ...demoYear({ now }) };

/** The worker's side on one end of a MessageChannel, reading `data` from a source that counts its reads. */
function workerOverChannel() {
  const channel = new MessageChannel();
  const source = { writes: 0, reads: 0 };
  const store: AnalyticsSource = {
    changes: () => source.writes,
    read: async () => {
      source.reads += 1;
      return { data, settings: undefined };
    },
  };
  serveAnalytics(channel.port1, () => store);
  const connection = connectAnalyticsWorker(channel.port2);
  const open = (refresh = false) => connection.open({ dbName: 'clientbook', today, now: now.toISOString(), refresh });
  return { connection, source, open, close: () => (channel.port1.close(), channel.port2.close()) };
}

describe('the analytics worker', () => {
  let worker: ReturnType<typeof workerOverChannel>;
  beforeEach(() => (worker = workerOverChannel()));
  afterEach(() => worker.close());

  it('answers every figure exactly as the main thread computes it', async () => {
    const remote = await worker.open();
    const local: AnalyticsSession = localSession(analyticsFigures(data, settingsWithDefaults(undefined, now.toISOString()), today));
    const manager = local.owners[0]!;
    expect({ ...remote }).toEqual(expect.objectContaining({ today, owners: local.owners, members: local.members, settings: local.settings, campaigns: local.campaigns, products: local.products }));
    const board = await local.dashboard(year, null);
    const same = async <T>(ask: (s: AnalyticsSession) => Promise<T>) => expect(await ask(remote)).toEqual(await ask(local));
    await same((s) => s.dashboard(year, null));
    await same((s) => s.dashboard({ from: '2026-11-01', to: '2026-11-30' }, manager));
    await same((s) => s.alarms(year));
    await same((s) => s.marketing(year, 'leadSource'));
    await same((s) => s.refusals(year, 'region'));
    await same((s) => s.productSales(year, 'category', 'region'));
    await same((s) => s.commission(manager, '2026-10'));
    await same((s) => s.runQuery({ records: 'deals', filter: { join: 'and', items: [{ field: 'status', op: 'eq', value: 'won' }] }, groupBy: [{ field: 'client' }], measures: [{ kind: 'count' }, { kind: 'sum', field: 'amount' }] }));
    await same((s) => s.drill('deal', board.results.won.ids.slice(0, 20)));
    expect(board.results.won.count).toBeGreaterThan(100);
  });

  it('reads the store once while nothing changes, again after a write or on Refresh', async () => {
    const first = await worker.open();
    await first.dashboard(year, null);
    await worker.open();
    expect(worker.source.reads).toBe(1);
    worker.source.writes += 1;
    await worker.open();
    expect(worker.source.reads).toBe(2);
    await worker.open(true);
    expect(worker.source.reads).toBe(3);
  });

  it('passes a query the records cannot answer back as the same error', async () => {
    const remote = await worker.open();
    await expect(remote.runQuery({ records: 'deals', filter: { join: 'and', items: [] }, groupBy: [{ field: 'shoeSize' }], measures: [{ kind: 'count' }] })).rejects.toMatchObject({ name: 'UnknownQueryFieldError', message: "deals have no field 'shoeSize'" });
  });

  it('rejects what is waiting and every later call once the worker stops', async () => {
    const remote = await worker.open();
    const waiting = remote.dashboard(year, null);
    worker.connection.fail(new Error('script failed to load'));
    await expect(waiting).rejects.toBeInstanceOf(AnalyticsWorkerFailedError);
    await expect(worker.open()).rejects.toBeInstanceOf(AnalyticsWorkerFailedError);
    expect(worker.connection.failed).toBe(true);
  });
});
