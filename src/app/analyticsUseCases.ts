/**
 * The analytics the head of sales and marketing look at (issue 6). `open()` gives a session over
 * one snapshot of the local store: in the pane, a Web Worker reads the store and computes every
 * figure, and keeps the snapshot until the store changes; where there is no worker (tests, or it
 * failed to start) the main thread reads and computes the same figures.
 */
import type { AlarmThresholds } from '../domain/analytics/alarms';
import type { Period } from '../domain/analytics/Period';
import type { CommissionRules } from '../domain/analytics/commissions';
import type { Query } from '../domain/analytics/query/Query';
import { queryToCsvRows } from '../domain/analytics/query/queryToCsvRows';
import type { QueryResultRow } from '../domain/analytics/query/runQuery';
import type { AnalyticsAnswers } from '../adapters/storage/dexieAnalyticsAnswers';
import type { dexieAnalyticsSource } from '../adapters/storage/dexieAnalyticsSource';
import type { AnalyticsStore } from '../domain/analyticsPorts';
import type { AnalyticsSettings } from '../domain/model/AnalyticsSettings';
import type { SavedQuery } from '../domain/model/SavedQuery';
import { localIsoDate } from '../domain/rules/dayPlan';
import { analyticsFigures, settingsWithDefaults } from './analyticsFigures';
import { askOf, recall, remembering, type RecalledSession } from './analyticsRecall';
import { localSession, type AnalyticsSession } from './analyticsSession';
import { canEditTeamPolicy } from './loggingSettingsUseCases';
import type { AppDeps } from './AppDeps';
import { changedFields } from './changedFields';
import type { AnalyticsWorkerConnection } from './connectAnalyticsWorker';
import { QueryNameTakenError } from './QueryNameTakenError';
import { requireRole } from './requireRole';
import { safeLocalStorage } from './safeLocalStorage';
import { toCsv } from './tabularFiles';

export type { DrillKind, DrillRecords, DrillRow } from './analyticsFigures';
export type { AnalyticsSession } from './analyticsSession';
export type { RecalledSession } from './analyticsRecall';

/** `refresh`: read the store again regardless; `earlierDays`: see begin. */
type BeginOptions = { refresh?: boolean; earlierDays?: boolean };
type Begun = { fresh: Promise<AnalyticsSession>; recalled: Promise<RecalledSession | null>; readAhead: () => void };

const DAY_MS = 86_400_000;
const WARM_FOR_DAYS = 14;
// A sync pull writes its pages one after another: the figures are made again after the last. A
// pane left open overnight finds the new day within minutes (what is overdue or stalled moved).
const UPKEEP = { quietMs: 3_000, dayCheckMs: 10 * 60_000 };

export function analyticsUseCases(deps: AppDeps, store: AnalyticsStore, storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()) {
  const now = () => deps.clock.now().toISOString();
  const dbName = deps.analyticsDbName;
  // One worker per app, started on the first open; null where the figures are computed here.
  let worker: Promise<AnalyticsWorkerConnection | null> | null = null;
  let running: AnalyticsWorkerConnection | null = null;
  const startWorker = () => (worker ??= (deps.startAnalyticsWorker ?? webWorker)().then((started) => (running = started)));
  const webWorker = () => (dbName && typeof Worker === 'function' ? import('./startAnalyticsWorker').then((m) => m.startAnalyticsWorker(), () => null) : Promise.resolve(null));
  // The pane's own view of the store's change stamp (and the small lists kept figures leave out).
  let source: Promise<ReturnType<typeof dexieAnalyticsSource>> | null = null;
  const ownSource = () => (source ??= import('../adapters/storage/dexieAnalyticsSource').then((m) => m.dexieAnalyticsSource(dbName!)));
  const changes = async () => (dbName ? (await ownSource()).changes() : null);
  const onMainThread = async (today: string) => {
    // Taken before reading: a write during the read leaves the figures stamped older than they are.
    const stamp = await changes();
    const [data, settings] = await Promise.all([store.snapshot(), store.settings()]);
    return { session: localSession(analyticsFigures(data, settingsWithDefaults(settings, now()), today)), changes: stamp };
  };
  // The answers kept across pane starts, in a small database beside the store's.
  let answers: Promise<AnalyticsAnswers> | null = null;
  const answersStore = () => (answers ??= import('../adapters/storage/dexieAnalyticsAnswers').then((m) => m.dexieAnalyticsAnswers(dbName!)));
  const user = () => deps.mailHost.userProfile().email.toLowerCase();
  const refuseTakenName = (all: readonly SavedQuery[], saved: SavedQuery) => {
    const taken = all.find((q) => q.id !== saved.id && sameQueryName(q.name, saved.name));
    if (taken) throw new QueryNameTakenError(taken, taken.author.toLowerCase() === user());
  };
  // The day this user last opened analytics in this store: only a recent one has a pane start read
  // the store ahead (warm), which costs seconds of a core and the snapshot's memory in the worker.
  const openedBeforeKey = () => `clientbook.analytics.opened:${dbName ?? ''}:${user()}`;
  const openedRecently = () => {
    const day = storage?.getItem(openedBeforeKey());
    return !!day && Date.parse(`${day}T00:00:00Z`) >= Date.parse(`${localIsoDate(deps.clock.now())}T00:00:00Z`) - WARM_FOR_DAYS * DAY_MS;
  };
  const neverOpened = () => (storage?.getItem(openedBeforeKey()) ?? null) === null;
  const openFresh = async (options: { refresh?: boolean }): Promise<AnalyticsSession> => {
    const at = now();
    const today = localIsoDate(deps.clock.now());
    const connection = await startWorker();
    let opened: { session: AnalyticsSession; changes: string | null } | null = null;
    if (connection && dbName && !connection.failed) {
      try {
        opened = await connection.open({ dbName, today, now: at, refresh: options.refresh === true });
      } catch (error) {
        if (!connection.failed) throw error;
      }
    }
    opened ??= await onMainThread(today);
    // As of when the read began: a write after that is not in these figures.
    return dbName ? remembering(opened.session, await answersStore(), user(), at, opened.changes) : opened.session;
  };
  // The last kept figures found current, and the stamp and day they are current for: home reads
  // them when the pane starts, and the analytics screen then needs only the stamp to reuse them.
  let current: { stamp: string; today: string; session: RecalledSession } | null = null;
  /** The kept figures, current or not, with the campaigns and products read now when they are current. */
  const recalled = async (fresh: () => Promise<AnalyticsSession>, earlierDays: boolean): Promise<RecalledSession | null> => {
    const today = localIsoDate(deps.clock.now());
    const [kept, stamp, own] = await Promise.all([answersStore(), changes(), ownSource()]);
    if (current && current.stamp === stamp && current.today === today) return current.session;
    const session = await recall(kept, user(), today, stamp, fresh, earlierDays);
    if (session?.asOf !== null || stamp === null) return session;
    current = { stamp, today, session: { ...session, ...(await own.pickLists()) } };
    return current.session;
  };
  const begin = (options: BeginOptions = {}): Begun => {
    let opened: Promise<AnalyticsSession> | null = null;
    // A failed read is not kept: kept figures reused later ask again for what they do not hold.
    const fresh = () =>
      (opened ??= openFresh(options).catch((error: unknown) => {
        opened = null;
        throw error;
      }));
    const kept = dbName && !options.refresh ? recalled(fresh, options.earlierDays === true).catch(() => null) : Promise.resolve(null);
    // Off this thread only: the main thread's read would freeze the pane.
    const readAhead = () =>
      void kept
        .then(async (session) => {
          const connection = session?.asOf === null ? await startWorker() : null;
          if (!session || !connection || connection.failed) return;
          // The figures on screen worked out there too: a drill-down from one then only lists its records.
          const opened = await fresh();
          await Promise.all(session.kept.map((request) => askOf(opened, request)));
        })
        .catch(() => undefined);
    // Asked once the kept figures are read, even of a worker that holds a snapshot: what it reads
    // again meanwhile (the latest contacts, the records written) held their read up in IndexedDB.
    return { fresh: kept.then((session) => (session?.asOf === null ? session : fresh())), recalled: kept, readAhead };
  };
  const isHeadOfSales = async (): Promise<boolean> => {
    const email = user();
    return (await deps.store.members()).some((m) => m.email.toLowerCase() === email && m.role === 'head-of-sales');
  };
  /** The dashboard analytics opens on, and the head of sales' home alarms, worked out and kept (nothing is read when the kept ones are current). */
  const makeReady = async (periodOf: (today: string) => Period) => {
    const session = await begin().fresh;
    const period = periodOf(session.today);
    await Promise.all([session.dashboard(period, null), (await isHeadOfSales()) && session.alarms(period)]);
    // Unless the screen was opened meanwhile and uses the worker.
    if (!openedRecently() && running) {
      const stopping = running;
      running = worker = null;
      await stopping.stop();
    }
  };
  const { quietMs, dayCheckMs } = deps.analyticsUpkeep ?? UPKEEP;
  /** Calls `settled`, with when the first of them came, once writes to the store have stopped for a few seconds; returns the way to stop. */
  const afterWrites = async (settled: (since: string) => void): Promise<() => void> => {
    if (!dbName) return () => undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let since: string | null = null;
    const stopWatching = (await ownSource()).watch(() => {
      since ??= now();
      clearTimeout(timer);
      timer = setTimeout(() => {
        const first = since!;
        since = null;
        settled(first);
      }, quietMs);
    });
    return () => {
      clearTimeout(timer);
      stopWatching();
    };
  };
  /**
   * `work`, unless another pane of this user on this store (a second window, a popped-out message)
   * is doing it now: each watches the same writes, and what one makes ready the other then finds
   * current. Where the browser has no Web Locks, every pane does it.
   */
  const unlessAnotherPane = async (work: () => Promise<void>): Promise<void> => {
    const locks = globalThis.navigator?.locks;
    if (!locks) return work();
    await locks.request(`clientbook-analytics-upkeep:${dbName ?? ''}:${user()}`, { ifAvailable: true }, async (lock) => {
      if (lock) await work();
    });
  };
  let watching = false;
  /**
   * Once writes to the store have stopped for a few seconds, and when a new day begins, makes the
   * figures analytics opens on again, so an opening after a sync pull, an edit or a night shows
   * current kept figures instead of waiting for the worker: for a user who opened analytics
   * lately, or never here (their first opening). Only off the pane's thread: the main thread's
   * read would freeze the pane.
   */
  const keepReady = (periodOf: (today: string) => Period) => {
    if (watching || !dbName) return;
    watching = true;
    let busy = false;
    let again = false;
    const run = async () => {
      if (busy) return void (again = true);
      busy = true;
      try {
        await unlessAnotherPane(async () => {
          const connection = openedRecently() || neverOpened() ? await startWorker() : null;
          if (connection && !connection.failed) await makeReady(periodOf);
        });
      } catch {
        // The next write tries again; the screen reads the store itself meanwhile.
      } finally {
        busy = false;
        if (again) {
          again = false;
          void run();
        }
      }
    };
    void afterWrites(() => void run());
    let day = localIsoDate(deps.clock.now());
    setInterval(() => {
      if (day === (day = localIsoDate(deps.clock.now()))) return;
      void run();
    }, dayCheckMs);
  };
  return {
    /**
     * A session over the store as it is now. `refresh` reads the store again even when no write
     * was seen since the last session (the Refresh button); otherwise the worker's snapshot and
     * its recent figures are reused until something changes.
     */
    open: (options: { refresh?: boolean } = {}): Promise<AnalyticsSession> => openFresh(options),
    /**
     * `recalled`: the dashboards and alarms this user was last shown in this store today (kept
     * across pane restarts), or null when none are kept; and `fresh`, the session over the store as
     * it is now. When nothing was written to the store since the kept figures were computed (the
     * persisted change counter says so), they are current (`asOf` null): `fresh` is then that same
     * session, and the store is read only for a figure that was not kept. Otherwise (and on
     * Refresh) `fresh` is what open() gives. `earlierDays`: the figures of the latest earlier day
     * stand in, out of date, when none were kept today (the screen, which says when they are as of;
     * not home's alarms). `readAhead()`, once kept figures that are current are shown, has the
     * worker read the store all the same, so a figure they do not hold — another period or
     * manager, a drill-down — does not then wait for a whole read. Notes that this user opened
     * analytics here (warm).
     */
    begin: async (options: BeginOptions = {}): Promise<Begun> => {
      try {
        storage?.setItem(openedBeforeKey(), localIsoDate(deps.clock.now()));
      } catch {
        // A full or blocked storage only costs the next pane start its head start.
      }
      return begin(options);
    },
    /**
     * Reads the store in the worker and computes the team dashboard of `periodOf(today)` (what the
     * screen opens on) while the pane sits idle, so opening analytics later finds it ready: for a
     * user who opened analytics in this store in the last two weeks — unless the figures kept from
     * the last pane start are current, which the screen shows without a read — and once for one
     * who never did (nothing kept), whose first opening then shows those figures at once, as of
     * when they were computed, while fresh ones are worked out. That one's worker is stopped after:
     * its snapshot is memory a user who may never look at analytics would hold. From then on, while
     * the pane is open, they are made again whenever writes to the store (a sync pull, an edit,
     * another tab) have stopped for a few seconds, and when a new day begins (keepReady).
     */
    async warm(periodOf: (today: string) => Period): Promise<void> {
      if (!dbName) return;
      keepReady(periodOf);
      const recently = openedRecently();
      const firstTime = !recently && !(await (await answersStore()).has(user()));
      if (recently || firstTime) await makeReady(periodOf);
    },
    /**
     * Calls `settled` once writes to the store — a sync pull of colleagues' changes, auto-log,
     * another tab — have stopped for a few seconds, with when the first of them came (the figures
     * on screen are as of then); returns the way to stop. The analytics screen then takes fresh
     * ones, as a pane start would.
     */
    afterWrites,
    /** Whether the signed-in user sees the head of sales' alarms on the home screen. */
    isHeadOfSales,
    settings: async () => settingsWithDefaults(await store.settings(), now()),
    /** Whether the signed-in user may change them: the head of sales, or anyone while the team has no members. */
    canChangeSettings: () => canEditTeamPolicy(deps),
    /**
     * Only the head of sales changes the team's alarm limits and pay rules. With `read`, the settings
     * as the pay tab opened them, only what changed from them is applied (saveClient says why).
     */
    async saveSettings(thresholds: AlarmThresholds, commissions: CommissionRules, read?: AnalyticsSettings): Promise<void> {
      await requireRole(deps, ['head-of-sales']);
      const stored = await store.settings();
      const current = settingsWithDefaults(stored, now());
      const changes = read ? changedFields({ thresholds: read.thresholds, commissions: read.commissions }, { thresholds, commissions }) : { thresholds, commissions };
      // Defaults are no record to edit: an edit's save refuses a record not stored (RecordEdit).
      await store.saveSettings({ ...current, ...changes, updatedAt: now() }, stored && { read: read ?? current, basis: current });
    },
    savedQueries: () => store.savedQueries(),
    /**
     * Saves under `id` (replacing that query) or as a new one. Refuses a name another saved query of
     * the team has, whatever its case and spaces (QueryNameTakenError): to replace one's own, save
     * again with its id.
     */
    async saveQuery(name: string, query: Query, id?: string): Promise<SavedQuery> {
      const at = now();
      const all = await store.savedQueries();
      const existing = id ? all.find((q) => q.id === id) : undefined;
      const saved: SavedQuery = { id: existing?.id ?? deps.ids.newId(), name: queryName(name), query, author: existing?.author ?? deps.mailHost.userProfile().email, createdAt: existing?.createdAt ?? at, updatedAt: at };
      refuseTakenName(all, saved);
      await store.saveQuery(saved);
      return saved;
    },
    deleteQuery: (id: string) => store.deleteQuery(id),
    /**
     * Puts a deleted query back as it was (Undo), id and author kept: the team sees it return.
     * Refused as a save is when another query took its name meanwhile.
     */
    async restoreQuery(saved: SavedQuery): Promise<void> {
      refuseTakenName(await store.savedQueries(), saved);
      await store.saveQuery({ ...saved, updatedAt: now() });
    },
    /** The result as CSV (UTF-8 with BOM), headers and key labels in the user's language. */
    exportCsv(query: Query, result: { rows: readonly Pick<QueryResultRow, 'keys' | 'currency' | 'values'>[] }, header: string[], label: (groupIndex: number, key: string) => string): Promise<string> {
      const [headers = [], ...rows] = queryToCsvRows(query, result, header, label);
      return toCsv({ name: 'query', headers, rows });
    },
  };
}

/** A name as saved: its spaces as one reads them ("By  stage " is "By stage"). */
function queryName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

function sameQueryName(a: string, b: string): boolean {
  return queryName(a).toLocaleLowerCase() === queryName(b).toLocaleLowerCase();
}
