/*
 * Bench-only page for `npm run bench:analytics` (built into .bench/analytics/, never into the
 * product): fills Chromium's IndexedDB with the demo year at the scale, and times the
 * analytics screen of the real pane (openApp, the worker, React and Fluent UI) opening on it,
 * with the main thread's long tasks seen meanwhile.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';
import { ClientbookDb } from '../src/adapters/storage/ClientbookDb';
import { DexieAnalyticsStore } from '../src/adapters/storage/DexieAnalyticsStore';
import { demoYear } from '../src/app/demoYear';
import type { App } from '../src/app/createApp';
import { openApp } from '../src/app/openApp';
import { initI18n, type I18n } from '../src/taskpane/i18n/i18n';
import { AnalyticsScreen } from '../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { periodFor } from '../src/taskpane/modules/analytics/formatting';
import { PaneProviders } from '../src/taskpane/ui/PaneProviders';
import { webLightTheme } from '@fluentui/react-components';
import { NavigationContext } from '../src/taskpane/ui/Route';
import { useRouteStack } from '../src/taskpane/ui/useRouteStack';
import { benchOwner } from './benchData';
import { BenchMailHost } from './benchMail';

export type SeedCounts = { clients: number; deals: number; history: number; invoices: number; payments: number; seconds: number };
/**
 * One opening of the analytics screen: until the figure tiles show, until the first chart shows,
 * until figures kept from an earlier pane start were replaced by fresh ones (NaN when none were
 * shown), until the kept figures were read (before React renders them; NaN when none were kept),
 * and the main thread's long tasks from the start until the last of these (+300 ms); then, for
 * the first opening, how long a drill-down two seconds later took (`drillMs`, NaN otherwise).
 */
export type OpenTiming = { figuresMs: number; chartMs: number; freshMs: number; keptMs: number; longTasksMs: number[]; drillMs: number };
/**
 * `kept`: the figures an earlier pane start kept stay (a second pane start); otherwise they are
 * deleted first. `writeSince`: a record analytics read is written before the pane starts (a sync
 * pull or an edit since the kept figures were computed), so they are shown as out of date.
 * `warmed`: the pane made analytics ready while idle, as it does for anyone but the head of sales
 * who opened analytics before (HomeAlarms: app.analytics.warm). `contactSince`: then a call is
 * logged (history alone written), so the figures made ready are shown as out of date.
 */
/**
 * `neverOpened`: this user never opened analytics in this store (warm then reads it once);
 * `dealSince`: a deal edited after the warm; `keptRecords`: the records an earlier worker read
 * whole stay kept on the device (deleted otherwise); `idleAfter`: the pane then sits idle for
 * IDLE_AFTER_MS before the screen opens (the figures are made again once writes stop).
 */
export type OpenOptions = { worker: boolean; homeFirst: boolean; kept: boolean; writeSince: boolean; warmed?: boolean; contactSince?: boolean; neverOpened?: boolean; dealSince?: boolean; keptRecords?: boolean; idleAfter?: boolean };
/** Writes stop for 3 s before the figures are made again (analyticsUseCases), which takes a worker a second or two. */
const IDLE_AFTER_MS = 8_000;
/** The steps of a first team dashboard taken apart (ms), with the main thread's longest task in each. */
export type Steps = { openMs: number; computeMs: number; answerMs: number; answerLongestMs: number; renderMs: number; renderLongestMs: number; answerKb: number };

declare global {
  interface Window {
    clientbookAnalyticsSeed?: () => Promise<SeedCounts>;
    clientbookAnalyticsOpen?: (options: OpenOptions) => Promise<{ first: OpenTiming; again: OpenTiming }>;
    clientbookAnalyticsSteps?: () => Promise<Steps>;
  }
}

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

window.clientbookAnalyticsSeed = async () => {
  const started = performance.now();
  const now = new Date();
  const year = demoYear({ now, clients: 10_000, deals: 50_000, historyPerDeal: 10, maxInstalments: 14 });
  const db = new ClientbookDb();
  const store = new DexieAnalyticsStore(db);
  const at = now.toISOString();
  await store.seedSample({ members: [...year.members, { id: 'bench-head', email: benchOwner, name: 'Maria Koval', role: 'head-of-sales', createdAt: at, updatedAt: at }] });
  // In slices: one transaction of half a million records holds them all in memory twice.
  const slices = <T,>(records: T[]) => Array.from({ length: Math.ceil(records.length / 25_000) }, (_, i) => records.slice(i * 25_000, (i + 1) * 25_000));
  for (const table of ['clients', 'deals', 'invoices', 'payments', 'history', 'plannedContacts', 'campaigns', 'products'] as const) {
    for (const slice of slices<unknown>(year[table])) await store.seedSample({ [table]: slice });
  }
  const counts = { clients: await db.clients.count(), deals: await db.deals.count(), history: await db.history.count(), invoices: await db.invoices.count(), payments: await db.payments.count() };
  db.close();
  return { ...counts, seconds: (performance.now() - started) / 1000 };
};

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
async function until(found: () => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!found()) {
    if (performance.now() - started > timeoutMs) return NaN;
    await nextFrame();
  }
  return performance.now();
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function Navigated({ children }: { children: ReactNode }) {
  const nav = useRouteStack({ screen: 'analytics' });
  return <NavigationContext.Provider value={nav}>{children}</NavigationContext.Provider>;
}

/** The pane's analytics screen, as the pane shows it, in `container`. */
function mountScreen(container: HTMLElement, app: App, i18n: I18n): Root {
  const root = createRoot(container);
  root.render(
    <PaneProviders app={app} i18n={i18n} theme={webLightTheme}>
      <Navigated>
        <AnalyticsScreen />
      </Navigated>
    </PaneProviders>,
  );
  return root;
}

/** Deletes one of the databases beside the store. */
function deleteBeside(suffix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(`${new ClientbookDb().name}-${suffix}`);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Deletes the answers earlier pane starts kept (src/adapters/storage/dexieAnalyticsAnswers.ts), so a scenario starts without them. */
const forgetKeptAnswers = () => deleteBeside('analytics-answers');
/** Deletes the records an earlier worker kept on the device (src/adapters/storage/dexieAnalyticsSnapshot.ts). */
const forgetKeptRecords = () => deleteBeside('analytics-snapshot');

/** A team member's record written again, as a sync pull would: it moves the store's change counter. */
async function writeOneRecord(): Promise<void> {
  const db = new ClientbookDb();
  const member = (await db.members.where('email').equals(benchOwner).first())!;
  await db.members.put({ ...member, updatedAt: new Date().toISOString() });
  db.close();
}

/** A call logged against an open deal, as the pane logs one: a write to history alone. */
async function logOneContact(): Promise<void> {
  const db = new ClientbookDb();
  const deal = (await db.deals.where('status').equals('open').first())!;
  const entry = (await db.history.where('dealId').equals(deal.id).first())!;
  await db.history.add({ ...entry, id: `bench-call-${Date.now()}`, at: new Date().toISOString(), subject: 'Call' });
  db.close();
}

/** An open deal's probability edited, as a manager does: a write to records. */
async function editOneDeal(): Promise<void> {
  const db = new ClientbookDb();
  const deal = (await db.deals.where('status').equals('open').first())!;
  await db.deals.put({ ...deal, probability: deal.probability === 50 ? 60 : 50, updatedAt: new Date().toISOString() });
  db.close();
}

window.clientbookAnalyticsOpen = async ({ worker, homeFirst, kept, writeSince, warmed, contactSince, neverOpened, dealSince, keptRecords, idleAfter }) => {
  if (!kept) await forgetKeptAnswers();
  if (!keptRecords) await forgetKeptRecords();
  // Where the pane notes the day the user last opened analytics (analyticsUseCases' openedBeforeKey).
  if (neverOpened) for (const key of Object.keys(localStorage)) if (key.startsWith('clientbook.analytics.opened:')) localStorage.removeItem(key);
  if (writeSince) await writeOneRecord();
  // The main-thread path is the one the pane takes where no Worker exists.
  if (!worker) Object.assign(window, { Worker: undefined });
  const app = await openApp(new BenchMailHost());
  const i18n = await initI18n('en');
  if (homeFirst) {
    // What home does for the head of sales when the pane starts (HomeAlarms): the first session's
    // snapshot is then read before the user opens the dashboard.
    const session = await (await app.analytics!.begin()).fresh;
    await session.alarms(periodFor('periodLast12', session.today));
  }
  if (warmed) await app.analytics!.warm((today) => periodFor('periodLast12', today));
  if (contactSince) await logOneContact();
  if (dealSince) await editOneDeal();
  await pause(idleAfter ? IDLE_AFTER_MS : 500);
  const container = document.createElement('div');
  container.style.width = '360px';
  document.body.append(container);

  // When the screen's session has the kept figures in hand: what is left of the time is React's.
  const analytics = app.analytics!;
  const begin = analytics.begin;
  let keptAt = NaN;
  analytics.begin = async (options) => {
    const begun = await begin(options);
    void begun.recalled.then((session) => (keptAt = session ? performance.now() : NaN));
    return begun;
  };

  // `name`: the marks that bound this opening in a timeline trace ('first-start' … 'first-end').
  // `drill`: then, as a user who read the figures for a moment, opens the records behind one.
  const measure = async (name: string, drill = false): Promise<OpenTiming> => {
    keptAt = NaN;
    performance.mark(`${name}-start`);
    const started = performance.now();
    const root = mountScreen(container, app, i18n);
    const figures = await until(() => container.querySelector('[data-testid="figure-tile"]') !== null, 120_000);
    const chart = await until(() => container.querySelector('svg rect') !== null, 30_000);
    const keptShown = container.querySelector('[data-testid="analytics-as-of"]') !== null;
    const fresh = keptShown ? await until(() => container.querySelector('[data-testid="analytics-as-of"]') === null, 120_000) : NaN;
    await pause(300);
    const end = Math.max(...[figures, chart, fresh].filter((x) => !Number.isNaN(x))) + 300;
    performance.mark(`${name}-end`);
    const seen = longTasks.filter((t) => t.startTime + t.duration >= started && t.startTime <= end).map((t) => t.duration);
    const drillMs = drill ? await drillIntoWon(container, 2_000) : NaN;
    root.unmount();
    await pause(300);
    return { figuresMs: figures - started, chartMs: chart - started, freshMs: fresh - started, keptMs: keptAt - started, longTasksMs: seen, drillMs };
  };
  const first = await measure('first', true);
  const again = await measure('again');
  // The worker keeps what it read once not asked for a second (a few hundred ms of writing): the next runs' device holds it.
  if (worker) await pause(3_000);
  return { first, again };
};

/**
 * `afterMs` after the screen showed its figures, opens the won deals behind the first tile, as a
 * head of sales checks a figure: the time until their list shows. Drill-downs are never kept
 * across pane starts (they name clients), so each one is worked out from the store.
 */
async function drillIntoWon(container: HTMLElement, afterMs: number): Promise<number> {
  await pause(afterMs);
  const asked = performance.now();
  container.querySelector<HTMLButtonElement>('[data-testid="figure-tile"]')!.click();
  const shown = await until(() => container.querySelector('[data-testid="drill-list"] li') !== null, 60_000);
  return shown - asked;
}

const longestSince = (from: number, to: number) => Math.max(0, ...longTasks.filter((t) => t.startTime + t.duration >= from && t.startTime <= to).map((t) => t.duration));

window.clientbookAnalyticsSteps = async () => {
  await forgetKeptAnswers();
  await forgetKeptRecords();
  const app = await openApp(new BenchMailHost());
  const i18n = await initI18n('en');
  const t0 = performance.now();
  const session = await app.analytics!.open();
  const t1 = performance.now();
  const period = periodFor('periodLast12', session.today);
  await session.dashboard(period, null);
  const t2 = performance.now();
  // Asked again, the worker answers from what it kept: the time is the answer crossing threads.
  const board = await session.dashboard(period, null);
  const t3 = performance.now();
  await pause(300);
  const container = document.createElement('div');
  container.style.width = '360px';
  document.body.append(container);
  const t4 = performance.now();
  const root = mountScreen(container, app, i18n);
  const t5 = await until(() => container.querySelector('[data-testid="figure-tile"]') !== null, 60_000);
  root.unmount();
  return { openMs: t1 - t0, computeMs: t2 - t1, answerMs: t3 - t2, answerLongestMs: longestSince(t2, t3), renderMs: t5 - t4, renderLongestMs: longestSince(t4, t5), answerKb: JSON.stringify(board).length / 1024 };
};
