/*
 * The team sync bench, part of `npm run bench` (bench/run.mjs calls runSyncBench) or alone:
 *   node bench/syncBench.mjs [--sync-items=50000] [--sync-runs=5] [--idle-minutes=3]
 * In headless Chromium, a page built from the pane's own sync code (bench/syncBenchPage.ts) runs
 * against the Graph emulator behind its CORS proxy, as `npm run demo:team` does:
 * - first sync of N clients into an empty IndexedDB, timed beside a raw Dexie bulkPut of the same
 *   records into another empty database in the same run (median of the runs, and their ratio);
 * - the resource units the emulator counted per 1,000 items pulled (that first sync) and pushed;
 * - the resource units of an idle pane per minute, on the pane's own schedule (SyncScheduler).
 * Prints a table and writes it as the "Team sync" section of docs/PERFORMANCE.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/support/browser.mjs';
import { DEMO_SITE_URL, startGraphEmulatorServer } from '../tools/graphEmulatorServer.mjs';
import { startStaticServer } from '../tools/staticServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = { ratio: 0.5, idleRuPerMinute: 1 };
const SECTION = '## Team sync';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The clients list's items put straight into the emulator's state, as other panes would have pushed them. */
async function seedTeamStore(emulator, layout, items) {
  register('./tsHooks.mjs', import.meta.url);
  const { entityLists } = await import(pathToFileURL(path.join(root, 'src', 'adapters', 'graph', 'entityLists.ts')).href);
  const { benchClient } = await import(pathToFileURL(path.join(root, 'bench', 'benchData.ts')).href);
  const itemsPath = `/sites/${encodeURIComponent(layout.siteId)}/lists/${layout.lists.clients}/items`;
  for (let i = 0; i < items; i++) {
    const body = { fields: entityLists.clients.toListItemFields(benchClient(i)) };
    const answer = emulator.sharePoint.handle({ method: 'POST', path: itemsPath, query: new URLSearchParams(), headers: {}, body });
    if (answer.status !== 201) throw new Error(`seeding item ${i} answered ${answer.status}`);
  }
}

export async function runSyncBench({ items = 50_000, runs = 5, idleMinutes = 3, log = (line) => console.log(`[bench] ${line}`) } = {}) {
  log('building the sync bench page …');
  const build = spawnSync('npx', ['webpack', '--config', 'bench/syncBench.webpack.config.js'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) {
    console.error(build.stdout.split('\n').filter((l) => /error|Module not found|TS\d+/i.test(l)).slice(0, 30).join('\n'));
    throw new Error('the sync bench page did not build');
  }
  // The resource units are what is measured here; the emulator's throttling is left out of the way.
  const graph = await startGraphEmulatorServer({ budgetPerMinute: 1e9 });
  const web = await startStaticServer(path.join(root, '.bench', 'sync'));
  // A new browser (so a new profile and IndexedDB) for each run: a deleted 50k database leaves the
  // next run a store still compacting what it deleted.
  const browsers = [];
  async function openBench() {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
    browsers.push(browser);
    const page = await browser.newPage();
    await page.goto(`${web.url}/index.html`);
    await page.waitForFunction(() => window.clientbookSyncBench !== undefined);
    return {
      version: browser.version(),
      call: (name, ...args) => page.evaluate(([n, a]) => window.clientbookSyncBench[n](...a), [name, args]),
      close: () => {
        browsers.splice(browsers.indexOf(browser), 1);
        return browser.close();
      },
    };
  }
  try {
    const meter = graph.emulator.meter;
    let bench = await openBench();
    const chromiumVersion = bench.version;
    const layout = await bench.call('provision', graph.graphUrl, DEMO_SITE_URL);
    log(`seeding the team store with ${items.toLocaleString('en-US')} clients …`);
    await seedTeamStore(graph.emulator, layout, items);

    const samples = [];
    for (let run = 0; run < runs; run++) {
      if (run > 0) {
        await bench.close();
        bench = await openBench();
      }
      meter.reset();
      const sync = await bench.call('firstSync', graph.graphUrl, layout, 'sync-bench');
      const ru = meter.total();
      if (sync.pulled !== items || sync.stored !== items || sync.lastProgress !== items) {
        throw new Error(`first sync ${run + 1}: pulled ${sync.pulled}, stored ${sync.stored}, last progress ${sync.lastProgress} of ${items}`);
      }
      const raw = await bench.call('rawPut', 'sync-bench', 'sync-bench-raw');
      const rate = items / (sync.ms / 1000);
      const rawRate = raw.items / (raw.ms / 1000);
      samples.push({ rate, rawRate, ratio: rate / rawRate, ru, progressReports: sync.progressReports });
      log(`  run ${run + 1}/${runs}: first sync ${Math.round(rate)} items/s, raw bulkPut ${Math.round(rawRate)} items/s, ratio ${(rate / rawRate).toFixed(2)}, ${ru} RU`);
    }

    const pushCount = 1000;
    log(`pushing ${pushCount} new clients from the synced pane …`);
    meter.reset();
    const push = await bench.call('push', graph.graphUrl, layout, 'sync-bench', pushCount);
    const pushRu = meter.total();
    if (push.pushed !== pushCount || push.pending !== 0) throw new Error(`push: ${push.pushed} pushed, ${push.pending} left of ${pushCount}`);

    log(`an idle pane for ${idleMinutes} minutes on the pane's schedule (a sync a minute while visible) …`);
    await bench.call('startIdle', graph.graphUrl, layout, 'sync-bench');
    meter.reset();
    // A little past the last minute's tick, so that tick's sync is in and no further one.
    await new Promise((resolve) => setTimeout(resolve, idleMinutes * 60_000 + 10_000));
    const idleRu = meter.total();
    const idleBreakdown = meter.breakdown();
    // The sync on open ran before the meter was reset.
    const idleSyncs = (await bench.call('stopIdle')) - 1;

    const result = {
      items,
      runs,
      rate: median(samples.map((s) => s.rate)),
      rawRate: median(samples.map((s) => s.rawRate)),
      ratio: median(samples.map((s) => s.ratio)),
      ratios: samples.map((s) => s.ratio),
      pullRuPer1000: (median(samples.map((s) => s.ru)) / items) * 1000,
      progressReports: median(samples.map((s) => s.progressReports)),
      pushCount,
      pushRate: pushCount / (push.ms / 1000),
      pushRuPer1000: (pushRu / pushCount) * 1000,
      idleMinutes,
      idleSyncs,
      // One scheduled sync a minute: the units of one idle sync are the units of one idle minute.
      idleRuPerMinute: idleSyncs ? idleRu / idleSyncs : Number.NaN,
      idleBreakdown,
      chromiumVersion,
    };
    writeSection(result, log);
    return result;
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await web.close();
    await graph.close();
  }
}

function writeSection(r, log) {
  const n = (x) => Math.round(x).toLocaleString('en-US');
  const ok = (pass) => (pass ? 'yes' : '**no**');
  const rows = [
    ['Measure', 'Figure', 'Target', 'Met'],
    [`First sync of ${n(r.items)} clients into an empty pane, items/s (median of ${r.runs})`, n(r.rate), '', ''],
    [`Raw Dexie bulkPut of the same records into an empty database, items/s (median of ${r.runs})`, n(r.rawRate), '', ''],
    [`Ratio first sync / raw bulkPut (median; runs ${r.ratios.map((x) => x.toFixed(2)).join(', ')})`, r.ratio.toFixed(2), `>= ${TARGETS.ratio}`, ok(r.ratio >= TARGETS.ratio)],
    ['Progress reports during that first sync (median)', n(r.progressReports), '', ''],
    ['Resource units per 1,000 items pulled (first sync)', r.pullRuPer1000.toFixed(1), '', ''],
    [`Resource units per 1,000 items pushed (${n(r.pushCount)} new clients, ${n(r.pushRate)} items/s)`, r.pushRuPer1000.toFixed(1), '', ''],
    [`Resource units per idle pane-minute (${r.idleMinutes} min, ${r.idleSyncs} scheduled syncs: ${Object.entries(r.idleBreakdown).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`, r.idleRuPerMinute.toFixed(2), `<= ${TARGETS.idleRuPerMinute}`, ok(r.idleRuPerMinute <= TARGETS.idleRuPerMinute)],
  ];
  const table = rows.map((row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${row.map(() => ' --- ').join('|')}|` : ''}`).join('\n');
  const machine = `${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}, Chromium ${r.chromiumVersion} headless`;
  console.log(`\n${table}\n\n${machine}\n`);
  const section = `${SECTION}

The last run of bench/syncBench.mjs (part of \`npm run bench\`; alone: \`node bench/syncBench.mjs\`).

${table}

Run: ${machine}.

- **First sync**: headless Chromium opens a page built by webpack from the pane's own sync code
  (bench/syncBenchPage.ts: GraphClient, GraphTeamStore, DexieSyncState, SyncEngine) and syncs an
  empty IndexedDB with a team store holding ${n(r.items)} clients (bench/benchData.ts), served by
  the Graph emulator behind the CORS proxy of \`npm run demo:team\` (tools/graphEmulatorServer.mjs)
  on the same machine. Then the same page bulkPuts exactly the records that sync stored into
  another empty database with Dexie: the floor for writing them at all. Each run pairs the two,
  in a new browser (a new profile) each time.
- **One row per item** (ClientbookDb version 9, src/adapters/storage/teamItems.ts): a pulled item
  is written once, the record with its item in the team store (item id and eTag) on its own row,
  found by item id through an index on each synced table when the team store reports it deleted.
  The agreements table keeps a row only for a record with local edits the team store has not agreed
  to: the first local write to a record moves its item there, with the row as it was (the version
  the three-way merge starts from), in the same transaction; a settled push moves it back. Before,
  every pulled item also wrote that row, and it was the second row, not its bytes, that cost: the
  ratio was 0.36-0.43 in runs on 27 November (0.36, 0.38 and 0.41 in the run just before this
  change, 13:22); without that row at all it measured 0.70-0.71. Chromium's IndexedDB charges each
  put request far more than its bytes (in a page profile the main thread was idle half of a 7.3 s
  first sync, waiting for the database); packing a chunk's agreements into one row with multi-entry
  indexes measured no better. The engine itself reads pages ahead while it writes, writes whatever
  arrived meanwhile in one transaction (2,000 changes), looks up no agreements during a full listing
  and asks Graph only for the record's fields. The raw bulkPut writes the records as the app reads
  them, without their items (and so without the item-id index's entries): the ratio errs low.
  What it costs elsewhere: a settled push writes the record's row again to put its item back (the
  push of 1,000 new clients ran at 490 items/s here, 664 at 08:05 with the agreements table), and
  the first start after the update builds the item-id index over every synced table once. Timings
  move by ±30 % while other work runs on the machine: read the ratio of each run, not the rates
  across runs.
- **Resource units** are the emulator's count by the costs in GRAPH-NOTES.md (2 per write, 2 per
  delta page without a token, 1 per item read or delta page with a token), throttling off. A
  first sync pays 2 per page of 200 items; a push pays 2 per write (each request of a $batch
  counts), then one beacon write and read, and the delta that brings its own writes back.
- **Idle pane**: the page runs the pane's SyncScheduler with its production interval (a sync a
  minute while visible) on the synced store, nobody else writing, for ${r.idleMinutes} minutes; the
  figure is the units those scheduled syncs cost, per sync, so per minute. Each reads the change
  beacon and runs no list's delta, because no list's stamp moved.
`;
  const docPath = path.join(root, 'docs', 'PERFORMANCE.md');
  const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
  writeFileSync(docPath, withSection(previous, section));
  log('wrote the "Team sync" section of docs/PERFORMANCE.md');
}

/**
 * Replaces the "Team sync" section (up to the next "## " heading) or adds it at the end. It goes
 * after "## Analysis", the part of the file bench/run.mjs keeps when it rewrites its own table.
 */
export function withSection(doc, section) {
  const start = doc.indexOf(`\n${SECTION}\n`);
  if (start < 0) return `${doc.replace(/\s*$/, '')}\n\n${section}`;
  const nextHeading = doc.indexOf('\n## ', start + SECTION.length + 1);
  return `${doc.slice(0, start + 1)}${section}${nextHeading < 0 ? '' : `\n${doc.slice(nextHeading + 1)}`}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  await runSyncBench({ items: arg('sync-items', 50_000), runs: arg('sync-runs', 5), idleMinutes: arg('idle-minutes', 3) });
}
