import { analyticsFigures, settingsWithDefaults, type DrillRecords } from '../../../src/app/analyticsFigures';
import type { AnalyticsSource } from '../../../src/app/analyticsMessages';
import { localSession, type AnalyticsSession } from '../../../src/app/analyticsSession';
import { AnalyticsWorkerFailedError } from '../../../src/app/AnalyticsWorkerFailedError';
import { connectAnalyticsWorker } from '../../../src/app/connectAnalyticsWorker';
import { demoYear } from '../../../src/app/demoYear';
import { serveAnalytics } from '../../../src/app/serveAnalytics';
import { emptyAnalyticsData } from '../../../src/domain/analytics/AnalyticsData';
import type { AnalyticsData } from '../../../src/domain/analytics/AnalyticsData';
import type { ChangedRecords } from '../../../src/domain/analytics/ChangedRecords';
import type { Query } from '../../../src/domain/analytics/query/Query';
import type { HistoryEntry } from '../../../src/domain/model/HistoryEntry';

const now = new Date('2026-11-27T09:00:00Z');
const today = '2026-11-27';
const year = { from: '2025-12-01', to: '2026-11-30' };
const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
// In id order, as the store lists each table.
const data = (() => {
  const year = { ...emptyAnalyticsData(), ...demoYear({ now }) };
  return { ...year, clients: byId(year.clients), deals: byId(year.deals), invoices: byId(year.invoices), payments: byId(year.payments) };
})();
type RecordTable = 'clients' | 'deals' | 'invoices' | 'payments';
// The worker keeps what it read once it was not asked anything for a moment (none here).
const settled = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * The worker's side on one end of a MessageChannel, over a store holding `data` that counts its
 * reads: a light read (no history: each client's latest contact, and each deal's since a day, as
 * the store's tables give them), reads of those latest contacts alone, and whole reads. `writes`
 * counts writes to records, `historyWrites` those to history alone (logContact). Without
 * `dealsKept` the store's deals' table does not reach back to the stalled-deal limit, as in a store
 * upgraded with a shorter one: the light read then takes the history entries since the limit.
 * `writeRecords` writes records as an edit or a sync pull would, and notes them in the store's
 * journal; a write counted in `writes` alone is one the journal cannot tell. The device keeps the
 * records of the last whole read (`keeps`, and `keptReads` of them).
 */
function workerOverChannel({ dealsKept = true, terminate = () => undefined as void } = {}) {
  const source = { writes: 0, historyWrites: 0, lightReads: 0, contactReads: 0, wholeReads: 0, changeReads: 0, keeps: 0, keptReads: 0 };
  // What the device keeps of a worker's last whole read.
  let kept: { records: string; data: AnalyticsData } | null = null;
  let history = data.history;
  let records = { ...data };
  const journal = new Map<number, { table: RecordTable; ids: string[] }>();
  const knownContacts = (since: string) => {
    const byClient = new Map<string, string>();
    const byDeal = new Map<string, string>();
    for (const h of history) {
      if ((byClient.get(h.clientId) ?? '') < h.at) byClient.set(h.clientId, h.at);
      if (h.dealId && h.at >= since && (byDeal.get(h.dealId) ?? '') < h.at) byDeal.set(h.dealId, h.at);
    }
    return { lastContactByClient: byClient, lastContactByDeal: byDeal };
  };
  const store: AnalyticsSource = {
    stamps: async () => ({ all: `epoch:${source.writes + source.historyWrites}`, records: `epoch:r${source.writes}` }),
    settings: async () => undefined,
    dealStages: async () => records.dealStages,
    read: async (since) => {
      if (since === null) {
        source.wholeReads += 1;
        return { data: { ...records, history }, known: {} };
      }
      source.lightReads += 1;
      if (!dealsKept) return { data: { ...records, history: history.filter((h) => h.at >= since) }, known: { lastContactByClient: knownContacts(since).lastContactByClient } };
      return { data: { ...records, history: [] }, known: knownContacts(since) };
    },
    changedSince: async (stamp) => {
      source.changeReads += 1;
      const changed: Partial<Record<RecordTable, { ids: Set<string>; records: { id: string }[] }>> = {};
      for (let n = Number(stamp.split(':r')[1]) + 1; n <= source.writes; n++) {
        const write = journal.get(n);
        if (!write) return null;
        const ids = new Set([...(changed[write.table]?.ids ?? []), ...write.ids]);
        changed[write.table] = { ids, records: (records[write.table] as { id: string }[]).filter((r) => ids.has(r.id)) };
      }
      return changed as ChangedRecords;
    },
    readContacts: async (since) => {
      source.contactReads += 1;
      return knownContacts(since);
    },
    keptSnapshot: async () => {
      const last = kept;
      return last && { records: last.records, data: async () => ((source.keptReads += 1), last.data) };
    },
    keepSnapshot: async (records, data) => {
      source.keeps += 1;
      kept = { records, data };
    },
  };
  const logContact = (entry: HistoryEntry) => {
    history = [...history, entry];
    source.historyWrites += 1;
    return { ...data, history };
  };
  const writeRecords = <T extends RecordTable>(table: T, written: AnalyticsData[T], deleted: string[] = []) => {
    const ids = new Set([...written.map((r) => r.id), ...deleted]);
    records = { ...records, [table]: byId([...(records[table] as { id: string }[]).filter((r) => !ids.has(r.id)), ...written]) };
    journal.set(++source.writes, { table, ids: [...ids] });
    return { ...records, history };
  };
  let channel: MessageChannel;
  let connection: ReturnType<typeof connectAnalyticsWorker>;
  const start = () => {
    channel = new MessageChannel();
    serveAnalytics(channel.port1, () => store, { keepAfterMs: 0 });
    connection = connectAnalyticsWorker(channel.port2, terminate);
  };
  const close = () => (channel.port1.close(), channel.port2.close());
  start();
  const openStamped = (refresh = false) => connection.open({ dbName: 'clientbook', today, now: now.toISOString(), refresh });
  const open = async (refresh = false) => (await openStamped(refresh)).session;
  return {
    get connection() {
      return connection;
    },
    source,
    open,
    openStamped,
    logContact,
    writeRecords,
    /** A worker started anew over the same store and device, as at a later pane start: it holds nothing but what the device kept. */
    restart: () => (close(), start()),
    close,
  };
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
    await same((s) => s.drill('deal', [board.results.won.ids, board.stalled.dealIds], 500));
    expect(board.results.won.count).toBeGreaterThan(100);
  });

  it('sends the pane counts and references, not the half a million ids behind the figures, and lists them on demand', async () => {
    const remote = await worker.open();
    const board = await remote.dashboard(year, null);
    expect(JSON.stringify(board).length).toBeLessThan(100_000);
    const won = await remote.drill('deal', [board.results.won.ids], 50);
    expect(won.total).toBe(board.results.won.count);
    expect(won.rows).toHaveLength(50);
    expect(won.rows.every((r) => r.kind === 'deal' && r.clientName !== '')).toBe(true);
    // Home's alarms point into the same lists, and a reference stays good after its answer is
    // no longer kept: 30 other questions later it is worked out again.
    const alarm = (await remote.alarms(year)).find((a) => a.kind === 'stalled-deals')!;
    for (let day = 1; day <= 30; day++) await remote.dashboard({ from: '2026-01-01', to: `2026-01-${String(day).padStart(2, '0')}` }, null);
    const stalledOf = async (records: DrillRecords) => (await remote.drill('deal', records, 10_000)).rows.map((r) => r.id).sort();
    expect(await stalledOf([alarm.ids])).toEqual(await stalledOf([board.managers.find((m) => m.owner === alarm.owner)!.stalled.dealIds]));
    expect(alarm.ids.count).toBeGreaterThan(0);
  });

  it('reads the store once while nothing changes, again after a write or on Refresh, and says which change stamp it read at', async () => {
    const first = await worker.openStamped();
    expect(first.changes).toBe('epoch:0');
    await first.session.dashboard(year, null);
    await worker.open();
    expect(worker.source.lightReads).toBe(1);
    worker.source.writes += 1;
    expect((await worker.openStamped()).changes).toBe('epoch:1');
    expect(worker.source.lightReads).toBe(2);
    await worker.open(true);
    expect(worker.source.lightReads).toBe(3);
    expect(worker.source.wholeReads).toBe(0);
  });

  it('after a write to history alone, reads only the latest contacts again and answers as a fresh read would', async () => {
    const first = await worker.open();
    const before = await first.dashboard(year, null);
    expect(before.stalled.dealIds.count).toBeGreaterThan(0);
    // A call logged today against the first stalled deal: it is no longer stalled.
    const stalledDeal = (await first.drill('deal', [before.stalled.dealIds], 1)).rows[0]!;
    const logged = worker.logContact({ ...data.history[0]!, id: 'logged-today', clientId: stalledDeal.clientId, dealId: stalledDeal.id, at: '2026-11-27T08:30:00.000Z' });
    const second = await worker.openStamped();
    const after = await second.session.dashboard(year, null);
    const local = localSession(analyticsFigures(logged, settingsWithDefaults(undefined, now.toISOString()), today));
    expect(after).toEqual(await local.dashboard(year, null));
    expect(after.stalled.dealIds.count).toBe(before.stalled.dealIds.count - 1);
    expect(second.changes).toBe('epoch:1');
    expect(worker.source).toMatchObject({ lightReads: 1, contactReads: 1, wholeReads: 0 });
    // A write to records reads them all again.
    worker.source.writes += 1;
    await (await worker.open()).dashboard(year, null);
    expect(worker.source).toMatchObject({ lightReads: 2, contactReads: 1 });
  });

  it('after a write to history alone, reads the records again when their first read took history entries', async () => {
    worker.close();
    worker = workerOverChannel({ dealsKept: false });
    const before = await (await worker.open()).dashboard(year, null);
    const stalledDeal = (await (await worker.open()).drill('deal', [before.stalled.dealIds], 1)).rows[0]!;
    const logged = worker.logContact({ ...data.history[0]!, id: 'logged-today', clientId: stalledDeal.clientId, dealId: stalledDeal.id, at: '2026-11-27T08:30:00.000Z' });
    const after = await (await worker.open()).dashboard(year, null);
    expect(after).toEqual(await localSession(analyticsFigures(logged, settingsWithDefaults(undefined, now.toISOString()), today)).dashboard(year, null));
    expect(worker.source).toMatchObject({ lightReads: 2, contactReads: 0 });
  });

  it('after a write to records, reads only the records written and the latest contacts again, and answers as a fresh read would', async () => {
    const first = await worker.open();
    const before = await first.dashboard(year, null);
    // An open deal won today, a payment received for it, another deal deleted.
    const deal = data.deals.find((d) => d.status === 'open')!;
    const gone = data.deals.find((d) => d.status === 'open' && d.id !== deal.id)!;
    const won = { ...deal, status: 'won' as const, closedAt: '2026-11-27T08:00:00.000Z', stageHistory: [...deal.stageHistory, { ...deal.stageHistory[0]!, kind: 'won' as const, from: deal.stage, to: deal.stage, at: '2026-11-27T08:00:00.000Z' }] };
    worker.writeRecords('deals', [won], [gone.id]);
    const paid = worker.writeRecords('payments', [{ ...data.payments[0]!, id: 'paid-today', dealId: deal.id, clientId: deal.clientId, date: '2026-11-27' }]);
    const after = await (await worker.open()).dashboard(year, null);
    expect(after).toEqual(await localSession(analyticsFigures(paid, settingsWithDefaults(undefined, now.toISOString()), today)).dashboard(year, null));
    expect(after).not.toEqual(before);
    expect(worker.source).toMatchObject({ lightReads: 1, changeReads: 1, contactReads: 1 });
    // A write the journal cannot tell (a range emptied, rows dropped): everything is read again.
    worker.source.writes += 1;
    await (await worker.open()).dashboard(year, null);
    expect(worker.source).toMatchObject({ lightReads: 2, changeReads: 2 });
  });

  it('keeps the records of a whole read once the figures asked are answered, and a worker started later reads them and only what was written since', async () => {
    const before = await (await worker.open()).dashboard(year, null);
    await settled();
    expect(worker.source.keeps).toBe(1);
    const deal = data.deals.find((d) => d.status === 'open')!;
    const edited = worker.writeRecords('deals', [{ ...deal, amountMinor: deal.amountMinor * 3 }]);

    worker.restart();
    const after = await (await worker.open()).dashboard(year, null);
    expect(after).toEqual(await localSession(analyticsFigures(edited, settingsWithDefaults(undefined, now.toISOString()), today)).dashboard(year, null));
    expect(after).not.toEqual(before);
    expect(worker.source).toMatchObject({ lightReads: 1, keptReads: 1, changeReads: 1, keeps: 1 });

    // More than a thousand records written since: what was applied is kept again, so the next start applies fewer.
    const payments = Array.from({ length: 1_001 }, (_, i) => ({ ...data.payments[0]!, id: `pulled-${String(i).padStart(4, '0')}` }));
    worker.writeRecords('payments', payments);
    await (await worker.open()).dashboard(year, null);
    await settled();
    expect(worker.source).toMatchObject({ lightReads: 1, keeps: 2 });

    // Refresh reads the store whole, and keeps that; so does a start after a write the journal cannot tell.
    await (await worker.open(true)).dashboard(year, null);
    await settled();
    expect(worker.source).toMatchObject({ lightReads: 2, keeps: 3 });
    worker.source.writes += 1;
    worker.restart();
    await (await worker.open()).dashboard(year, null);
    await settled();
    expect(worker.source).toMatchObject({ lightReads: 3, keptReads: 1, keeps: 4 });
  });

  it('reads the whole history only for the first query or drill-down over history entries', async () => {
    const remote = await worker.open();
    const local = localSession(analyticsFigures(data, settingsWithDefaults(undefined, now.toISOString()), today));
    const byType = { records: 'history', filter: { join: 'and', items: [] }, groupBy: [{ field: 'type' }], measures: [{ kind: 'count' }] } as const satisfies Query;
    await remote.dashboard(year, null);
    expect(worker.source.wholeReads).toBe(0);
    const answer = await remote.runQuery(byType);
    expect(answer).toEqual(await local.runQuery(byType));
    expect(answer.result.total).toBe(data.history.length);
    expect((await remote.drill('history', [answer.result.rows[0]!.ids], 5)).total).toBe(answer.result.rows[0]!.ids.count);
    expect(worker.source.wholeReads).toBe(1);
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

  it('has the worker keep what it would keep, then ends it and the snapshot it holds, when stopped: a later open needs another', async () => {
    worker.close();
    const terminate = jest.fn();
    worker = workerOverChannel({ terminate });
    // Opened and not yet asked: the records it read wait to be kept.
    await worker.open();
    expect(worker.source.keeps).toBe(0);
    await worker.connection.stop();
    expect(worker.source.keeps).toBe(1);
    expect(terminate).toHaveBeenCalledTimes(1);
    await expect(worker.open()).rejects.toBeInstanceOf(AnalyticsWorkerFailedError);
  });
});
