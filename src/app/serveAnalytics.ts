import { analyticsFigures, answerer, metaOf, settingsWithDefaults, type AnalyticsMeta, type FigureRequest } from './analyticsFigures';
import { stalledDaysOf } from '../domain/analytics/stalledLimit';
import type { AnalyticsRead } from '../domain/analytics/KnownContacts';
import { withChangedRecords } from '../domain/analytics/ChangedRecords';
import type { AnalyticsSource, FromAnalyticsWorker, MessageEnd, OpenedSnapshot, OpenRequest, ToAnalyticsWorker } from './analyticsMessages';

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
  /** The snapshot with the records written since its records stamp read again (null when the store cannot tell which). */
  withChanges: ((records: string) => Promise<Snapshot | null>) | null;
};

const DAY_MS = 86_400_000;
const needsAllHistory = (request: FigureRequest) => (request.name === 'runQuery' && request.args[0].records === 'history') || (request.name === 'drill' && request.args[0] === 'history');

/**
 * The analytics worker's side: keeps the latest snapshot of the store and its recent answers, and
 * reads the store again only when it changed since (or the user asks to refresh, or the day
 * turned) — only the latest contacts when nothing but history changed (a logged email, a call),
 * and only the records written since besides when the store's journal says which (an edit, a
 * sync pull).
 * Opens that come while a read is under way share it.
 */
export function serveAnalytics(end: MessageEnd, sourceFor: (dbName: string) => AnalyticsSource): void {
  const sources = new Map<string, AnalyticsSource>();
  let current: Promise<Snapshot> | null = null;
  let currentOf: { dbName: string; today: string; changes: string | null; records: string | null } | null = null;

  const load = async (request: OpenRequest, source: AnalyticsSource): Promise<Snapshot> => {
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
      const withContacts = known.lastContactByDeal ? async () => snapshotOf({ data, known: await source.readContacts(since) }) : null;
      const withChanges = known.lastContactByDeal
        ? async (records: string) => {
            const changes = await source.changedSince(records);
            return changes && snapshotOf({ data: withChangedRecords(data, changes), known: await source.readContacts(since) });
          }
        : null;
      return { meta: metaOf(figures), answer: async (ask) => (needsAllHistory(ask) ? (await wholeAnswer())(ask) : lightAnswer(ask)), withContacts, withChanges };
    };
    return snapshotOf(await source.read(since));
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
        ? same.then((snapshot) => (snapshot.withContacts ? snapshot.withContacts() : load(request, source)))
        : recordsSince !== null
          ? same!.then(async (snapshot) => (snapshot.withChanges && (await snapshot.withChanges(recordsSince))) ?? load(request, source))
          : load(request, source);
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
    void (async () => {
      try {
        if ('open' in message) {
          const { snapshot, changes } = await open(message.open);
          reply({ id: message.id, value: { meta: (await snapshot).meta, changes } satisfies OpenedSnapshot });
        }
        else {
          if (!current) throw new Error('No analytics session is open');
          reply({ id: message.id, value: await (await current).answer(message.ask) });
        }
      } catch (error) {
        reply({ id: message.id, error: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) } });
      }
    })();
  });
  end.start?.();
}
