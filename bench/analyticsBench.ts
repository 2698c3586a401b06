/*
 * `npm run bench:analytics`, at the issue's scale (50,000 deals, 500,000 history entries, 100,000
 * payments):
 *  1. in Node, each figure computed over the snapshot in memory (what the analytics worker does);
 *  2. in headless Chromium on a real IndexedDB holding those records, the pane's analytics screen
 *     opening (openApp, the worker, React and Fluent UI): until the figures show, until the first
 *     chart shows, and the main thread's long tasks meanwhile — with the worker, and on the main
 *     thread as the pane does without one.
 * Prints medians and writes docs/PERFORMANCE-ANALYTICS.md.
 *   node --import ./bench/registerTs.mjs bench/analyticsBench.ts [--runs=9] [--browser-runs=5] [--node-only]
 *     [--only=second]  only the Chromium scenarios whose name holds the text, no steps; prints, writes nothing
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { OpenOptions, OpenTiming, SeedCounts, Steps } from './analyticsPage';
import { analyticsFigures, settingsWithDefaults } from '../src/app/analyticsFigures';
import { demoYear } from '../src/app/demoYear';
import { emptyAnalyticsData } from '../src/domain/analytics/AnalyticsData';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const only = arg('only', '');
// A run of some scenarios only leaves the figures in Node out.
const runs = only ? 0 : Number(arg('runs', '9'));
const browserRuns = Number(arg('browser-runs', '5'));
const nodeOnly = process.argv.includes('--node-only');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The browser set-up the e2e tests and `npm run bench` use (plain .mjs, untyped).
const { chromiumArgs } = (await import('../tests/e2e/support/browser.mjs' as string)) as { chromiumArgs: string[] };
const { startStaticServer } = (await import('../tools/staticServer.mjs' as string)) as { startStaticServer: (roots: string, options: { port: number }) => Promise<{ url: string; close: () => Promise<void> }> };
const TARGET_MS = 300;
const now = new Date('2026-11-27T09:00:00Z');
const log = (line: string) => console.log(`[bench:analytics] ${line}`);

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timed(fn).ms);
  return middle(times);
}

log('generating 50,000 deals, ~500,000 history entries, ~100,000 payments …');
const generated = timed(() => demoYear({ now, clients: 10_000, deals: 50_000, historyPerDeal: 10, maxInstalments: 14 }));
const data = { ...emptyAnalyticsData(), ...generated.value };
log(`generated in ${Math.round(generated.ms)} ms: ${data.clients.length} clients, ${data.deals.length} deals, ${data.history.length} history, ${data.invoices.length} invoices, ${data.payments.length} payments`);

const settings = settingsWithDefaults(undefined, now.toISOString());
const year = { from: '2025-12-01', to: '2026-11-30' };
const open = median(() => analyticsFigures(data, settings, '2026-11-27'));
const session = analyticsFigures(data, settings, '2026-11-27');
const manager = session.owners[0]!;
const rows: [string, number][] = [
  ['open the session (index the snapshot)', open],
  ['team dashboard, a year (all figures + alarms for 5 managers)', median(() => session.dashboard(year, null))],
  ['one manager’s dashboard, a year', median(() => session.dashboard(year, manager))],
  ['team dashboard, one month', median(() => session.dashboard({ from: '2026-11-01', to: '2026-11-30' }, null))],
  ['marketing by lead source', median(() => session.marketing(year, 'leadSource'))],
  ['product sales by category × region', median(() => session.productSales(year, 'category', 'region'))],
  ['query: won deals by close month × owner, sum + median amount', median(() => session.runQuery({ records: 'deals', filter: { join: 'and', items: [{ field: 'status', op: 'eq', value: 'won' }] }, groupBy: [{ field: 'closedAt', bucket: 'month' }, { field: 'owner' }], measures: [{ kind: 'count' }, { kind: 'sum', field: 'amount' }, { kind: 'median', field: 'amount' }] }))],
  ['query: history by type × quarter (500k records)', median(() => session.runQuery({ records: 'history', filter: { join: 'and', items: [] }, groupBy: [{ field: 'type' }, { field: 'at', bucket: 'quarter' }], measures: [{ kind: 'count' }, { kind: 'share' }] }))],
  ['commission statement, one manager, one month', median(() => session.commission(manager, '2026-10'))],
];
const demo = { ...emptyAnalyticsData(), ...demoYear({ now }) };
rows.push(['demo year (620 deals, ~2,600 history): session + team dashboard', median(() => analyticsFigures(demo, settings, '2026-11-27').dashboard(year, null))]);
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, ms] of rows) log(`${name.padEnd(width)}  ${ms.toFixed(1).padStart(8)} ms`);
const dashboardMs = rows[1]![1];
log(`first dashboard computed (session + team dashboard): ${(open + dashboardMs).toFixed(1)} ms`);

// ---------------------------------------------------------------------------------------------
// 2. The analytics screen in headless Chromium on a real IndexedDB.
type Scenario = { name: string; options: OpenOptions };
const scenarios: Scenario[] = [
  // Nothing on the device: no answers kept, no records an earlier worker kept (the first read on a device).
  { name: 'worker, dashboard opened first', options: { worker: true, homeFirst: false, kept: false, writeSince: false } },
  // No answers kept for this user, but the records an earlier worker on this device read whole (and what the journal says was written since).
  { name: 'worker, dashboard opened first, records kept on this device', options: { worker: true, homeFirst: false, kept: false, writeSince: false, keptRecords: true } },
  { name: 'worker, after home read the alarms (head of sales)', options: { worker: true, homeFirst: true, kept: false, writeSince: false, keptRecords: true } },
  // Every run ends with the dashboard computed and kept, at the store's change stamp then: these find it.
  { name: 'second pane start, nothing written since the kept figures', options: { worker: true, homeFirst: false, kept: true, writeSince: false, keptRecords: true } },
  { name: 'second pane start, a record written since the kept figures', options: { worker: true, homeFirst: false, kept: true, writeSince: true, keptRecords: true } },
  // A manager (or marketer) who opened analytics before: the pane read the store while idle (app.analytics.warm).
  { name: 'worker, made ready while the pane sat idle (opened analytics before)', options: { worker: true, homeFirst: false, kept: false, writeSince: false, warmed: true, keptRecords: true } },
  // A user who never opened analytics here: the pane read the store once while idle, kept the figures and stopped its worker.
  { name: 'worker, never opened here: made ready once while the pane sat idle', options: { worker: true, homeFirst: false, kept: false, writeSince: false, warmed: true, neverOpened: true } },
  // The same pane, then a call logged (history alone written since): the worker reads only the latest contacts again.
  { name: 'worker, made ready while idle, then a call logged', options: { worker: true, homeFirst: false, kept: false, writeSince: false, warmed: true, contactSince: true, keptRecords: true } },
  // The same pane, then a deal edited (a write to records): the worker reads only that deal and the latest contacts again.
  { name: 'worker, made ready while idle, then a deal edited', options: { worker: true, homeFirst: false, kept: false, writeSince: false, warmed: true, dealSince: true, keptRecords: true } },
  // The same, the pane then idle for a few seconds: the figures were made again once the write was done.
  { name: 'worker, made ready while idle, then a deal edited, the pane idle 8 s', options: { worker: true, homeFirst: false, kept: false, writeSince: false, warmed: true, dealSince: true, keptRecords: true, idleAfter: true } },
  // A user who never opened analytics here: the worker the pane stopped after the first made them again, from the records it kept.
  { name: 'worker, never opened here, then a deal edited, the pane idle 8 s', options: { worker: true, homeFirst: false, kept: false, writeSince: false, warmed: true, neverOpened: true, dealSince: true, idleAfter: true } },
  // Last: it deletes the records kept on the device and keeps none, which the scenarios after it would miss.
  { name: 'main thread (no Worker)', options: { worker: false, homeFirst: false, kept: false, writeSince: false } },
].filter((s) => s.name.includes(only));
type Traced = OpenTiming & { longestCpuMs: number };
type Measured = { scenario: Scenario; first: Traced[]; again: Traced[] };

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } };

/**
 * A devtools timeline trace of the page, for each opening's longest main-thread task in CPU time:
 * on a machine shared by busy sessions a task's wall-clock length (what 'longtask' reports) holds
 * the time the thread waited for a core, or for the compositor to take a frame, with no work of
 * the pane's in it. The page marks each opening ('first-start' … 'again-end').
 */
async function traced(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async longestCpu(): Promise<{ first: number; again: number }> {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      const mark = (name: string) => events.find((e) => e.name === name && main.has(`${e.pid}:${e.tid}`))?.ts ?? NaN;
      const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
      const longest = (name: string) => Math.max(0, ...tasks.filter((t) => t.ts + (t.dur ?? 0) >= mark(`${name}-start`) && t.ts <= mark(`${name}-end`)).map((t) => (t.tdur ?? 0) / 1000));
      return { first: longest('first'), again: longest('again') };
    },
  };
}

async function inChromium(): Promise<{ version: string; seed: SeedCounts; measured: Measured[]; steps: Steps[] }> {
  const outDir = path.join(root, '.bench', 'analytics');
  log('building the bench page (webpack, production) …');
  const build = spawnSync('npx', ['webpack', '--config', 'bench/webpack.analytics.config.js'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) {
    console.error(build.stdout.split('\n').filter((l) => /error|Module not found/i.test(l)).slice(0, 30).join('\n'));
    throw new Error('webpack failed for bench/webpack.analytics.config.js');
  }
  // A fixed port: IndexedDB belongs to an origin, port included, and the seeded profile is reused.
  const port = Number(process.env.BENCH_ANALYTICS_PORT ?? 3918);
  const server = await startStaticServer(outDir, { port });
  const profile = path.join(root, '.bench', 'profiles', 'analytics-50k');
  const launch = () => chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs, viewport: { width: 1280, height: 800 } });
  const page = async (context: Awaited<ReturnType<typeof launch>>) => {
    const p = await context.newPage();
    await p.goto(`${server.url}/analytics.html`);
    return p;
  };
  try {
    const fingerprint = createHash('sha256')
      .update(readFileSync(path.join(root, 'src', 'adapters', 'storage', 'ClientbookDb.ts')))
      .update(readFileSync(path.join(root, 'src', 'app', 'demoYear.ts')))
      .update(String(port))
      .digest('hex');
    const marker = `${profile}.json`;
    let seed: SeedCounts;
    if (existsSync(marker) && JSON.parse(readFileSync(marker, 'utf8')).fingerprint === fingerprint) seed = JSON.parse(readFileSync(marker, 'utf8')).seed;
    else {
      rmSync(profile, { recursive: true, force: true });
      mkdirSync(profile, { recursive: true });
      log('seeding Chromium\'s IndexedDB with the demo year at 50k deals (once per profile) …');
      const context = await launch();
      seed = await (await page(context)).evaluate(() => window.clientbookAnalyticsSeed!());
      await context.close();
      writeFileSync(marker, JSON.stringify({ fingerprint, seed }));
      log(`seeded in ${seed.seconds.toFixed(0)} s`);
    }
    let version = '';
    const open = async (options: OpenOptions): Promise<{ first: Traced; again: Traced }> => {
      const context = await launch();
      version ||= context.browser()?.version() ?? '';
      try {
        const p = await page(context);
        const trace = await traced(context, p);
        const { first, again } = await p.evaluate((o) => window.clientbookAnalyticsOpen!(o), options);
        const cpu = await trace.longestCpu();
        return { first: { ...first, longestCpuMs: cpu.first }, again: { ...again, longestCpuMs: cpu.again } };
      } finally {
        await context.close();
      }
    };
    // The first pane start on a profile writes the default picklists; a store is opened many times a day.
    await open({ worker: true, homeFirst: false, kept: false, writeSince: false });
    const measured: Measured[] = scenarios.map((scenario) => ({ scenario, first: [], again: [] }));
    for (let run = 0; run < browserRuns; run++) {
      for (const m of run % 2 ? [...measured].reverse() : measured) {
        const { first, again } = await open(m.scenario.options);
        m.first.push(first);
        m.again.push(again);
        log(`  run ${run + 1}/${browserRuns}, ${m.scenario.name}: kept read ${first.keptMs.toFixed(0)} ms, figures ${first.figuresMs.toFixed(0)} ms, chart ${first.chartMs.toFixed(0)} ms, longest main-thread task ${Math.max(0, ...first.longTasksMs).toFixed(0)} ms (CPU ${first.longestCpuMs.toFixed(0)} ms), fresh ${first.freshMs.toFixed(0)} ms, drill-down ${first.drillMs.toFixed(0)} ms; again ${again.figuresMs.toFixed(0)} ms`);
      }
    }
    const steps: Steps[] = [];
    for (let run = 0; run < (only ? 0 : Math.min(3, browserRuns)); run++) {
      const context = await launch();
      try {
        steps.push(await (await page(context)).evaluate(() => window.clientbookAnalyticsSteps!()));
      } finally {
        await context.close();
      }
      log(`  steps, run ${run + 1}: ${JSON.stringify(steps.at(-1))}`);
    }
    return { version, seed, measured, steps };
  } finally {
    await server.close();
  }
}

const browser = nodeOnly ? null : await inChromium();
if (only) {
  for (const { scenario, first, again } of browser!.measured) {
    const mid = (pick: (t: Traced) => number) => middle(first.map(pick)).toFixed(0);
    log(`${scenario.name}: kept figures read ${mid((t) => t.keptMs)} ms, figures ${mid((t) => t.figuresMs)} ms, chart ${mid((t) => t.chartMs)} ms, fresh ${mid((t) => t.freshMs)} ms, longest task ${mid((t) => Math.max(0, ...t.longTasksMs))} ms (most CPU in one task ${mid((t) => t.longestCpuMs)} ms); again ${middle(again.map((t) => t.figuresMs)).toFixed(0)} ms (medians of ${first.length})`);
  }
  process.exit(0);
}

const longest = (t: OpenTiming) => Math.max(0, ...t.longTasksMs);
const over50 = (t: OpenTiming) => t.longTasksMs.filter((d) => d > 50).length;
const f = (ms: number) => (Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(0)} ms`);
const browserRows = browser
  ? browser.measured.map(({ scenario, first, again }) => [
      scenario.name,
      f(middle(first.map((t) => t.figuresMs))),
      f(middle(first.map((t) => t.chartMs))),
      f(middle(first.map((t) => t.freshMs))),
      f(middle(first.map(longest))),
      f(middle(first.map((t) => t.longestCpuMs))),
      String(middle(first.map(over50))),
      f(middle(first.map((t) => t.drillMs))),
      f(middle(again.map((t) => t.figuresMs))),
      f(middle(again.map(longest))),
    ])
  : [];
if (browser) {
  log(`Chromium ${browser.version}, medians of ${browserRuns} runs (a fresh browser each):`);
  for (const r of browserRows) log(`  ${r.join(' | ')}`);
}

const stepRows: [string, string][] = browser
  ? [
      ['open the session: the worker reads the store (no history: the latest-contact tables instead) and indexes it', f(middle(browser.steps.map((x) => x.openMs)))],
      ['team dashboard of the last 12 months, computed in the worker', f(middle(browser.steps.map((x) => x.computeMs)))],
      [`the answer crossing to the pane (${middle(browser.steps.map((x) => x.answerKb)).toFixed(0)} KB as JSON); longest main-thread task meanwhile`, `${f(middle(browser.steps.map((x) => x.answerMs)))}; ${f(middle(browser.steps.map((x) => x.answerLongestMs)))}`],
      ['React and Fluent UI render the screen with that answer kept; longest main-thread task meanwhile', `${f(middle(browser.steps.map((x) => x.renderMs)))}; ${f(middle(browser.steps.map((x) => x.renderLongestMs)))}`],
    ]
  : [];
// `npm run bench` (bench/run.mjs) adds these rows to docs/PERFORMANCE.md.
const summaryPath = arg('summary', '');
if (summaryPath && browser) {
  const row = (name: string) => browserRows.find((r) => r[0] === name)!;
  const worker = row('worker, dashboard opened first');
  const home = row('worker, after home read the alarms (head of sales)');
  const main = row('main thread (no Worker)');
  const second = row('second pane start, nothing written since the kept figures');
  const secondStale = row('second pane start, a record written since the kept figures');
  writeFileSync(
    summaryPath,
    JSON.stringify({
      rows: [
        [`Analytics: team dashboard at 50k deals / 500k history / 100k payments, opened after home read the alarms (median of ${browserRuns}; docs/PERFORMANCE-ANALYTICS.md)`, home[1], `< ${TARGET_MS} ms`, Number.parseFloat(home[1]!) < TARGET_MS ? 'yes' : '**no**'],
        [`Analytics: the same dashboard at a second pane start, nothing written since the figures the one before kept (shown as current, the store not read)`, second[1], `< ${TARGET_MS} ms`, Number.parseFloat(second[1]!) < TARGET_MS ? 'yes' : '**no**'],
        [`Analytics: the same, a record written since (kept figures shown at once, fresh ones replace them at ${secondStale[3]})`, secondStale[1], `< ${TARGET_MS} ms`, Number.parseFloat(secondStale[1]!) < TARGET_MS ? 'yes' : '**no**'],
        ['Analytics: the same dashboard opened first (the worker reads IndexedDB)', worker[1], '', ''],
        ['Analytics: longest main-thread task while it opens, wall clock (CPU) (worker / main thread without one / second pane start, nothing written / a record written, until fresh figures)', [worker, main, second, secondStale].map((r) => `${r[4]} (${r[5]})`).join(' / '), '< 50 ms', [worker, second, secondStale].every((r) => Number.parseFloat(r[4]!) < 50) ? 'yes' : '**no**'],
      ],
    }),
  );
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const browserSection = browser
  ? `## The analytics screen in Chromium (real IndexedDB)

Headless Chromium ${browser.version} on a profile whose IndexedDB holds ${browser.seed.clients.toLocaleString('en')} clients, ${browser.seed.deals.toLocaleString('en')} deals, ${browser.seed.history.toLocaleString('en')} history entries, ${browser.seed.invoices.toLocaleString('en')} planned receipts and ${browser.seed.payments.toLocaleString('en')} payments (bench/analyticsPage.tsx: the real pane's openApp, AnalyticsScreen, React and Fluent UI, production build). Each run is a fresh browser, the pane started, then the analytics screen opened: time until the figure tiles show, until the first chart shows, until fresh figures replaced the ones a previous pane start kept ("Fresh figures", second pane start with a record written since only: the "Figures as of … — updating…" line goes; with nothing written since, the kept figures are current and the store is not read; "then a call logged" and "then a deal edited" too, where the worker reads the latest contacts and the records written again), and the main thread's long tasks (PerformanceObserver 'longtask', over 50 ms, wall clock) from the opening until the last of these, with the most thread CPU time any one main-thread task took meanwhile (a devtools timeline trace of each run: a task's wall-clock length also holds the time its thread waited for one of the shared cores). The other scenarios start with the kept figures deleted. "Dashboard opened first" and the main thread also start with no records kept on the device (src/adapters/storage/dexieAnalyticsSnapshot.ts: the first read on a device); the other worker scenarios start with the records the previous run's worker kept, and read from the store only what its journal says was written since ("never opened here" makes its own). "…, the pane idle 8 s": the edit made, then eight seconds with nothing written before the screen opens (the pane makes the figures again once nothing was written for 3 s). "Drill-down, 2 s later": two seconds after the figures showed, the user opens the won deals behind the first tile; the time until their list shows (drill-downs are never kept across pane starts). "Again" opens the screen a second time in the same pane with nothing changed. Medians of ${browserRuns} runs, the scenarios alternating.

| Scenario | Figures shown | First chart | Fresh figures | Longest main-thread task | Most CPU in one task | Long tasks | Drill-down, 2 s later | Again: figures | Again: longest task |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${browserRows.map((r) => `| ${r.join(' | ')} |`).join('\n')}

The first dashboard taken apart (bench/analyticsPage.tsx, clientbookAnalyticsSteps; medians of ${browser.steps.length} fresh browsers):

| Step | Median |
| --- | ---: |
${stepRows.map((r) => `| ${r.join(' | ')} |`).join('\n')}

`
  : '';
// The hand-written "## Where the time goes" section at the end of the document survives new runs.
const docPath = path.join(root, 'docs', 'PERFORMANCE-ANALYTICS.md');
const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
const analysis = previous.includes('\n## Where the time goes') ? previous.slice(previous.indexOf('\n## Where the time goes') + 1) : '';
writeFileSync(
  docPath,
  `# Analytics performance

Measured by \`npm run bench:analytics\` (bench/analyticsBench.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu} (${os.cpus().length} cores, shared, load average ${(os.loadavg()[0] ?? 0).toFixed(1)} when it finished).

Data: ${data.clients.length.toLocaleString('en')} clients, ${data.deals.length.toLocaleString('en')} deals, ${data.history.length.toLocaleString('en')} history entries, ${data.invoices.length.toLocaleString('en')} planned receipts, ${data.payments.length.toLocaleString('en')} payments (the demo year generator scaled up, src/app/demoYear.ts). Target: a dashboard in under ${TARGET_MS} ms (median), and the pane never frozen (no main-thread task over ~50 ms).

${browserSection}## Computing the figures (Node, the snapshot in memory)

What the analytics worker does once it holds the snapshot: every figure is a pure computation over
it (src/domain/analytics). Median of ${runs} runs.

| What | Median |
| --- | ---: |
${rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} ms |`).join('\n')}
| first dashboard (session + team dashboard) | ${(open + dashboardMs).toFixed(1)} ms |

${analysis}`,
);
log('written to docs/PERFORMANCE-ANALYTICS.md');
