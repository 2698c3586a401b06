import { analyticsFigures, answerer, metaOf, settingsWithDefaults, type AnalyticsMeta, type FigureRequest } from './analyticsFigures';
import { stalledDaysOf } from '../domain/analytics/stalledLimit';
import type { AnalyticsRead } from '../domain/analytics/KnownContacts';
import type { AnalyticsData } from '../domain/analytics/AnalyticsData';
import { withChangedRecords, type ChangedRecords } from '../domain/analytics/ChangedRecords';
import { errorMessage } from '../domain/errorMessage';
import type { AnalyticsSource, FromAnalyticsWorker, MessageEnd, OpenedSnapshot, OpenRequest, ToAnalyticsWorker, WorkerFailure } from './analyticsMessages';
import { storeFailure } from './storeFailure';

/**
 * A snapshot's answers: at first from the light read (history summed up by the store's
 * latest-contact tables), which every figure but a query or drill-down over history entries can
 * use; those wait for the whole history, read once on the first such question. `withContacts`
 * gives the same records' answers with the latest contacts read again (null when the light read
 * took the deals' contacts from history entries, which then must be read again too).
 */
type Snapshot = {
  meta: AnalyticsMeta;
  answer: (request: FigureRequest) => Promise<unknown>;
  withContacts: (() => Promise<Snapshot>) | null;
  /** The snapshot with the records written since its records stamp `stamp` read again, as of the stamp `now` (null when the store cannot tell which). */
  withChanges: ((stamp: string, now: string | null) => Promise<Snapshot | null>) | null;
};

const DAY_MS = 86_400_000;
// Records written since a snapshot past which it is kept again, so the next start applies fewer.
const REKEEP_AFTER = 1_000;
const KEEP_AFTER_MS = 1_000;
const changedCount = (changes: ChangedRecords) => Object.values(changes).reduce((sum, table) => sum + table.ids.size, 0);
/** A failure as it crosses to the pane, classed here: a Dexie error's class and `inner` do not survive postMessage. */
function failureOf(error: unknown): WorkerFailure {
  const failure = { name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) };
  const store = storeFailure(error);
  return store ? { ...failure, store: { reason: store.reason, code: store.code } } : failure;
}
const needsAllHistory = (request: FigureRequest) => (request.name === 'runQuery' && request.args[0].records === 'history') || (request.name === 'drill' && request.args[0] === 'history');

/**
 * The analytics worker's side: keeps the latest snapshot of the store and its recent answers, and
 * reads the store again only when it changed since (or the user asks to refresh, or the day
 * turned) — only the latest contacts when nothing but history changed (a logged email, a call),
 * and only the records written since besides when the store's journal says which (an edit, a
 * sync pull).
 * Opens that come while a read is under way share it.
 */
export function serveAnalytics(end: MessageEnd, sourceFor: (dbName: string) => AnalyticsSource, { keepAfterMs = KEEP_AFTER_MS } = {}): void {
  const sources = new Map<string, AnalyticsSource>();
  let current: Promise<Snapshot> | null = null;
  let currentOf: { dbName: string; today: string; changes: string | null; records: string | null } | null = null;

  const load = async (request: OpenRequest, source: AnalyticsSource, records: string | null, reuse = true): Promise<Snapshot> => {
    const settings = settingsWithDefaults(await source.settings(), request.now);
    // Contacts older than the stalled-deal limit cannot keep a deal from counting as stalled.
    const since = new Date(Date.parse(`${request.today}T00:00:00Z`) - stalledDaysOf(settings.thresholds) * DAY_MS).toISOString().slice(0, 10);
    const snapshotOf = ({ data, known }: AnalyticsRead): Snapshot => {
      const figures = analyticsFigures(data, settings, request.today, known);
      const lightAnswer = answerer(figures);
      let whole: Promise<(request: FigureRequest) => unknown> | null = null;
      const wholeAnswer = () =>
        (whole ??= source.read(null).then(
          ({ data }) => answerer(analyticsFigures(data, settings, request.today)),
          (error: unknown) => {
            whole = null;
            throw error;
          },
        ));
      const withContacts = known.lastContactByDeal ? async () => snapshotOf({ data, known: await source.readContacts(since, data.deals) }) : null;
      const withChanges = known.lastContactByDeal ? async (stamp: string, now: string | null) => changedSince(stamp, async () => data, now) : null;
      return { meta: metaOf(figures), answer: async (ask) => (needsAllHistory(ask) ? (await wholeAnswer())(ask) : lightAnswer(ask)), withContacts, withChanges };
    };
    /**
     * The records `dataOf` gives, as read at the records stamp `stamp`, with what was written since
     * and the latest contacts; null when the store cannot tell what. Many changes are kept as of
     * `now`, the records stamp taken before they were read.
     */
    const changedSince = async (stamp: string, dataOf: () => Promise<AnalyticsData>, now: string | null): Promise<Snapshot | null> => {
      const [changes, dealStages] = await Promise.all([source.changedSince(stamp), source.dealStages()]);
      if (!changes) return null;
      const data = { ...withChangedRecords(await dataOf(), changes), dealStages };
      const known = await source.readContacts(since, data.deals);
      if (!known.lastContactByDeal) return null;
      if (now && changedCount(changes) > REKEEP_AFTER) keepLater(source, now, data);
      return snapshotOf({ data, known });
    };
    // The records a worker on this device read before: a whole read when none are kept or the store cannot tell what changed since.
    const fromKept = async (): Promise<Snapshot | null> => {
      const kept = await source.keptSnapshot();
      return kept && changedSince(kept.records, kept.data, records);
    };
    const reused = reuse && !request.refresh ? await fromKept().catch(() => null) : null;
    if (reused) return reused;
    const read = await source.read(since);
    if (records && read.known.lastContactByDeal) keepLater(source, records, read.data);
    return snapshotOf(read);
  };
  // Kept once the worker has answered and nothing more was asked for a moment (or when the pane
  // ends it): writing them takes the worker's thread a few hundred milliseconds.
  let keeping: (() => Promise<void>) | null = null;
  let keepTimer: ReturnType<typeof setTimeout> | undefined;
  const keepLater = (source: AnalyticsSource, records: string, data: AnalyticsData) => {
    keeping = () => source.keepSnapshot(records, data).catch(() => undefined);
  };
  const keepNow = async () => {
    const keep = keeping;
    keeping = null;
    await keep?.();
  };

  const open = async (request: OpenRequest): Promise<{ snapshot: Promise<Snapshot>; changes: string | null }> => {
    let source = sources.get(request.dbName);
    if (!source) sources.set(request.dbName, (source = sourceFor(request.dbName)));
    // Taken before reading: a write that lands during the read makes the next open read again.
    const { all: changes, records } = await source.stamps();
    // Decided without awaiting again, so opens that come together share one read.
    const same = currentOf && current && currentOf.dbName === request.dbName && currentOf.today === request.today ? current : null;
    if (!same || currentOf!.changes !== changes || request.refresh) {
      const historyOnly = same && !request.refresh && records !== null && currentOf!.records === records;
      // Records written since the snapshot: only they are read again, when the store can tell which.
      const recordsSince = same && !request.refresh && !historyOnly ? currentOf!.records : null;
      currentOf = { dbName: request.dbName, today: request.today, changes, records };
      const loading = historyOnly
        ? same.then((snapshot) => (snapshot.withContacts ? snapshot.withContacts() : load(request, source, records, false)))
        : recordsSince !== null
          ? same!.then(async (snapshot) => (snapshot.withChanges && (await snapshot.withChanges(recordsSince, records))) ?? load(request, source, records, false))
          : load(request, source, records);
      // A failed read is not kept: the next open tries again.
      loading.catch(() => {
        if (current === loading) current = currentOf = null;
      });
      current = loading;
    }
    return { snapshot: current!, changes };
  };

  const reply = (message: FromAnalyticsWorker) => end.postMessage(message);
  end.addEventListener('message', (event: MessageEvent<ToAnalyticsWorker>) => {
    const message = event.data;
    clearTimeout(keepTimer);
    void (async () => {
      try {
        if ('open' in message) {
          const { snapshot, changes } = await open(message.open);
          reply({ id: message.id, value: { meta: (await snapshot).meta, changes } satisfies OpenedSnapshot });
        }
        else if ('close' in message) {
          await keepNow();
          current = currentOf = null;
          reply({ id: message.id, value: null });
        }
        else {
          if (!current) throw new Error('No analytics session is open');
          reply({ id: message.id, value: await (await current).answer(message.ask) });
          if (keeping) keepTimer = setTimeout(() => void keepNow(), keepAfterMs);
        }
      } catch (error) {
        reply({ id: message.id, error: failureOf(error) });
      }
    })();
  });
  end.start?.();
}
