/*
 * `npm run bench` (not a test): sender matching at 10k and 100k contacts, cold load of the pane to
 * the sender's card in headless Chromium beside a blank React + Fluent UI page, and the pane's
 * initial JS size. Prints a table and writes it to docs/PERFORMANCE.md.
 * With it, the analytics dashboard at 50k deals (bench/analyticsBench.ts) unless --skip-analytics.
 *   node bench/run.mjs [--skip-build] [--skip-analytics] [--runs=7] [--sizes=10000,100000]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tools/staticServer.mjs';
import { chromiumArgs } from '../tests/e2e/support/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const skipBuild = process.argv.includes('--skip-build');
const RUNS = Number(arg('runs', 7));
const SIZES = arg('sizes', '10000,100000').split(',').map(Number);
const HISTORY_PER_CLIENT = 10;
const TARGETS = { matchMs: 1, loadRatio: 1.25, initialKb: 180 };
const log = (line) => console.log(`[bench] ${line}`);

// ---------------------------------------------------------------------------------------------
// Builds: the product and the bench pages and Node bundle, same webpack config, all into .bench/
// (not dist/, which a concurrent `npm run test:e2e` or `npm run build` may replace mid-run).
const productDir = path.join(root, '.bench', 'dist');
function webpack(args) {
  const result = spawnSync('npx', ['webpack', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    // webpack reports compile errors on stdout; show them, not the whole asset list.
    console.error(result.stdout.split('\n').filter((l) => /error|Module not found|TS\d+/i.test(l)).slice(0, 30).join('\n'));
    throw new Error(`webpack ${args.join(' ')} failed`);
  }
}
if (!skipBuild || !existsSync(path.join(productDir, 'taskpane.html'))) {
  log('building the product (webpack --mode production) …');
  webpack(['--mode', 'production', '--output-path', productDir]);
}
log('building the bench pages and the Node matching bundle …');
webpack(['--config', 'bench/webpack.bench.config.js']);

const stats = (samples) => {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1], runs: s.length };
};

// ---------------------------------------------------------------------------------------------
// (i) Sender matching in Node.
const { runMatchingBench, benchClientName, benchContactEmail, benchContactName } = require(path.join(root, '.bench', 'node', 'matchingBench.cjs'));
const matching = await runMatchingBench(SIZES, log);

// ---------------------------------------------------------------------------------------------
// (iii) Initial JS of the task pane: the scripts taskpane.html loads, office.js excluded.
const distFile = (url) => path.join(productDir, new URL(url, 'http://x/').pathname);
const gzipKb = (file) => gzipSync(readFileSync(file)).length / 1024;
const taskpaneHtml = readFileSync(path.join(productDir, 'taskpane.html'), 'utf8');
const initialScripts = [...taskpaneHtml.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
  .map((m) => m[1])
  .filter((src) => !/office-js\/|^https?:/.test(src));
const initial = {
  files: initialScripts.map((src) => ({ src, gzipKb: gzipKb(distFile(src)), rawKb: readFileSync(distFile(src)).length / 1024 })),
};
initial.gzipKb = initial.files.reduce((sum, f) => sum + f.gzipKb, 0);
initial.rawKb = initial.files.reduce((sum, f) => sum + f.rawKb, 0);
// Production builds move the styles out of the JS into a stylesheet: count it beside the JS.
const initialCss = [...taskpaneHtml.matchAll(/<link[^>]*\shref="([^"]+\.css)"/g)].map((m) => m[1]).filter((href) => !/^https?:/.test(href));
const cssGzipKb = initialCss.reduce((sum, href) => sum + gzipKb(distFile(href)), 0);

// ---------------------------------------------------------------------------------------------
// (ii) Cold load in headless Chromium.
// A fixed port: IndexedDB belongs to an origin, port included, and the seeded profiles are reused.
const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3917);
const server = await startStaticServer([path.join(root, '.bench', 'web'), productDir], { port: BENCH_PORT });
log(`serving .bench/dist/ and .bench/web/ at ${server.url}/`);
let chromiumVersion = '';

async function launch(profileDir) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  chromiumVersion ||= context.browser()?.version() ?? '';
  return context;
}

/** Seeds the profile's IndexedDB once per data set; a marker file keeps it across bench runs. */
async function seededProfile(clients) {
  const dir = path.join(root, '.bench', 'profiles', `clients-${clients}`);
  const fingerprint = createHash('sha256')
    .update(readFileSync(path.join(root, 'src', 'adapters', 'storage', 'ClientbookDb.ts')))
    .update(readFileSync(path.join(root, 'bench', 'benchData.ts')))
    .update(`${HISTORY_PER_CLIENT} ${BENCH_PORT}`)
    .digest('hex');
  const marker = `${dir}.json`;
  if (existsSync(marker) && JSON.parse(readFileSync(marker, 'utf8')).fingerprint === fingerprint) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`seeding IndexedDB with ${clients} clients, ${clients} contacts and ${clients * HISTORY_PER_CLIENT} history entries …`);
  const context = await launch(dir);
  const page = await context.newPage();
  await page.goto(`${server.url}/host.html?page=about:blank`);
  await page.addScriptTag({ url: '/seed.js' });
  const result = await page.evaluate(([n, h]) => window.clientbookBenchSeed(n, h), [clients, HISTORY_PER_CLIENT]);
  await context.close();
  log(`seeded in ${result.seconds.toFixed(1)} s: ${result.clients} clients, ${result.contacts} contacts, ${result.history} history entries`);
  writeFileSync(marker, JSON.stringify({ fingerprint, ...result }));
  return dir;
}

/** How long the first open of the seeded database takes in a fresh browser process (ms). */
async function firstOpen(profileDir) {
  const context = await launch(profileDir);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/host.html?page=about:blank`);
    return await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const started = performance.now();
          const request = indexedDB.open('clientbook');
          request.onsuccess = () => {
            request.result.close();
            resolve(performance.now() - started);
          };
          request.onerror = () => reject(request.error);
        }),
    );
  } finally {
    await context.close();
  }
}

/** app.recognizeMessage on Chromium's IndexedDB holding the seeded data, through the bench page tools. */
async function recognizeInChromium(profileDir, clients) {
  const context = await launch(profileDir);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/host.html?page=about:blank`);
    await page.addScriptTag({ url: '/seed.js' });
    return await page.evaluate(([n, runs]) => window.clientbookBenchRecognize(n, runs), [clients, 200]);
  } finally {
    await context.close();
  }
}

/** Runs in every frame before its scripts: notes when the marker text first enters the framed page. */
function watchFor(marker) {
  if (window === window.top) return;
  const check = () => {
    if (window.__benchVisibleAt === undefined && document.body?.textContent?.includes(marker)) {
      window.__benchVisibleAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** One cold load: a new browser on the profile, the host page framing `page`, until `marker` shows. */
async function coldLoad(profileDir, target) {
  const context = await launch(profileDir);
  try {
    await context.addInitScript(watchFor, target.marker);
    const page = await context.newPage();
    await page.goto(`${server.url}/host.html?${new URLSearchParams(target.query)}`);
    const frame = await waitForFrame(page, target.query.page);
    await frame.waitForFunction(() => window.__benchVisibleAt !== undefined, null, { timeout: 120_000, polling: 50 });
    const visible = await frame.getByText(target.marker).first().isVisible();
    if (!visible) throw new Error(`"${target.marker}" is in the page but not visible`);
    return await frame.evaluate(() => ({
      ms: window.__benchVisibleAt,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'script' && e.startTime <= window.__benchVisibleAt)
        .map((e) => new URL(e.name).pathname),
    }));
  } finally {
    await context.close();
  }
}

async function waitForFrame(page, src) {
  for (let i = 0; i < 600; i += 1) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(src));
    if (frame) return frame;
    await page.waitForTimeout(20);
  }
  throw new Error(`the framed page ${src} never loaded`);
}

const coldLoads = [];
for (const clients of SIZES) {
  const profileDir = await seededProfile(clients);
  const k = Math.floor(clients / 2) + 17;
  const pane = {
    name: 'pane',
    marker: benchClientName(k),
    query: { page: '/taskpane.html', from: benchContactEmail(k), name: benchContactName(k) },
  };
  const blank = { name: 'blank', marker: 'Blank page ready', query: { page: '/blank/index.html' } };
  // A store in use has been opened many times and its LevelDB compacted; a freshly seeded one has
  // not. Open it a few times first, and time those opens: the first open of a big store is a cost
  // the blank page never pays.
  log(`cold load with ${clients} clients: first opens of the store, then a warm-up (the first pane start writes the default picklists) …`);
  const opens = [];
  for (let i = 0; i < 5; i += 1) opens.push(await firstOpen(profileDir));
  await coldLoad(profileDir, pane);
  await coldLoad(profileDir, blank);
  const samples = { pane: [], blank: [] };
  let paneScripts = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Alternate the order so neither page always runs on a warmer machine.
    for (const target of run % 2 === 0 ? [blank, pane] : [pane, blank]) {
      const result = await coldLoad(profileDir, target);
      samples[target.name].push(result.ms);
      if (target === pane) paneScripts = result.scripts;
    }
    log(`  run ${run + 1}/${RUNS}: pane ${samples.pane.at(-1).toFixed(0)} ms, blank ${samples.blank.at(-1).toFixed(0)} ms`);
  }
  const paneStats = stats(samples.pane);
  const blankStats = stats(samples.blank);
  const jsUntilCard = paneScripts
    .filter((p) => !p.startsWith('/office-js/'))
    .reduce((sum, p) => sum + (existsSync(distFile(p)) ? gzipKb(distFile(p)) : 0), 0);
  log(`app.recognizeMessage on Chromium's IndexedDB with ${clients} clients …`);
  const recognize = await recognizeInChromium(profileDir, clients);
  coldLoads.push({ clients, history: clients * HISTORY_PER_CLIENT, pane: paneStats, blank: blankStats, ratio: paneStats.median / blankStats.median, jsUntilCard, recognize, opens: stats(opens.slice(2)) });
}
await server.close();

// ---------------------------------------------------------------------------------------------
// (iv) The analytics dashboard at issue 6's scale: its own bench (bench/analyticsBench.ts, with its
// own page and IndexedDB profile) also writes docs/PERFORMANCE-ANALYTICS.md; its headline rows join
// the table below. --skip-analytics leaves it out (it takes several minutes).
const analyticsRows = [];
if (!process.argv.includes('--skip-analytics')) {
  const summary = path.join(root, '.bench', 'analytics-summary.json');
  const analytics = spawnSync(process.execPath, ['--import', './bench/registerTs.mjs', 'bench/analyticsBench.ts', `--summary=${summary}`], { cwd: root, stdio: 'inherit' });
  if (analytics.status !== 0) throw new Error('bench/analyticsBench.ts failed');
  analyticsRows.push(...JSON.parse(readFileSync(summary, 'utf8')).rows);
}

// ---------------------------------------------------------------------------------------------
// Report.
const ms = (x) => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const ok = (pass) => (pass ? 'yes' : '**no**');
const n = (x) => x.toLocaleString('en-US');
const rows = [
  ['Measure', 'Figure', 'Target', 'Met'],
  ...matching.flatMap((m) => [
    [`matchParticipants, ${n(m.contacts)} contacts (median / p95 of ${n(m.rule.runs)})`, `${ms(m.rule.median)} / ${ms(m.rule.p95)}`, m.contacts === Math.max(...SIZES) ? '< 1 ms median' : '', m.contacts === Math.max(...SIZES) ? ok(m.rule.median < TARGETS.matchMs) : ''],
    [`app.recognizeMessage on fake-indexeddb, ${n(m.contacts)} contacts (median / p95 of ${m.recognize.runs})`, `${ms(m.recognize.median)} / ${ms(m.recognize.p95)}`, '', ''],
  ]),
  ...coldLoads.map((c) => [`app.recognizeMessage in Chromium (IndexedDB), ${n(c.clients)} contacts (median / p95 of ${c.recognize.runs})`, `${ms(c.recognize.median)} / ${ms(c.recognize.p95)}`, '', '']),
  ...coldLoads.flatMap((c) => [
    [`Cold load to the sender's card, ${n(c.clients)} clients + ${n(c.history)} history entries (median / p95 of ${c.pane.runs})`, `${ms(c.pane.median)} / ${ms(c.pane.p95)}`, '', ''],
    [`First IndexedDB open of that store in a fresh browser (median of the last 3 of 5 opens)`, ms(c.opens.median), '', ''],
    [`Blank React + Fluent UI + office.js page, same run (median / p95 of ${c.blank.runs})`, `${ms(c.blank.median)} / ${ms(c.blank.p95)}`, '', ''],
    [`Ratio pane / blank, ${n(c.clients)} clients`, `${c.ratio.toFixed(2)}x`, `<= ${TARGETS.loadRatio}x`, ok(c.ratio <= TARGETS.loadRatio)],
  ]),
  ...analyticsRows,
  ['Task pane initial JS, gzip (scripts taskpane.html loads, office.js excluded)', `${initial.gzipKb.toFixed(1)} KB (${initial.rawKb.toFixed(0)} KB raw)`, `<= ${TARGETS.initialKb} KB`, ok(initial.gzipKb <= TARGETS.initialKb)],
  ...(initialCss.length ? [['Task pane initial CSS, gzip (the stylesheets taskpane.html loads)', `${cssGzipKb.toFixed(1)} KB`, '', '']] : []),
  ...(coldLoads[0] ? [['JS the pane had loaded when the card showed, gzip (office.js excluded)', `${coldLoads[0].jsUntilCard.toFixed(1)} KB`, '', '']] : []),
];
const table = rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => ' --- ').join('|')}|` : ''}`).join('\n');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = [
  `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
  `- CPU: ${cpu}, ${os.availableParallelism()} cores (nproc)`,
  `- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
  `- Node ${process.version}, Chromium ${chromiumVersion} headless (Debian), ${os.type()} ${os.release()}`,
].join('\n');

console.log(`\n${table}\n\n${machine}\n`);

// A hand-written "## Analysis" section at the end of the document survives new runs.
const docPath = path.join(root, 'docs', 'PERFORMANCE.md');
const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
const analysis = previous.includes('\n## Analysis') ? previous.slice(previous.indexOf('\n## Analysis')) : '';
const doc = `# Performance

The last run of \`npm run bench\` (bench/run.mjs). It is not a test: run it by hand after a change
that may cost time or bytes, and commit the new table.

${table}

Machine:

${machine}

## What is measured

- **Sender matching**: \`matchParticipants\` (src/domain/rules) over candidate maps holding
  ${SIZES.map(n).join(' and ')} contacts and as many clients, for a message with five participants
  (a known contact, the user, a new colleague at a known client's domain, a free-mail sender and
  an unknown one). \`app.recognizeMessage\` is the app's whole path for an open message, built by
  the pane's own composition root (openApp): Dexie index look-ups for the addresses and domains,
  the rule, and the "already logged" check. It is timed twice: in Chromium on the seeded
  IndexedDB (what a user waits), and in Node on fake-indexeddb, whose cursors walk a whole index
  for Dexie's \`anyOf()\`, so that figure grows with the store and is no guide to the browser.
- **Cold load**: each run starts a new headless Chromium on a profile whose IndexedDB already holds
  the clients, one contact each and ten history entries per client, opens a host page that frames
  the page at 360 px as Outlook does, and times from the framed page's navigation start to the
  moment its text is in the page: the selected message's sender's client name for the pane,
  "Blank page ready" for the blank page (bench/blank/: React, Fluent UI's Card and office.js,
  rendered after Office.onReady, built by the same webpack config). The two pages alternate in
  one run, ${RUNS} times each after a warm-up, and the medians are compared. Before that the
  store is opened five times in fresh browsers, as a store in daily use has been; the median of
  the last three is the "first open" row, a cost the blank page does not have.
- **Initial JS**: the scripts taskpane.html runs (its script tags), gzip (zlib default level),
  office.js excluded (Outlook loads it for every add-in). The app's own chunks (\`fullPane\`),
  which taskpane.html preloads at low priority and runs only after the first card, are not in it
  (the Analysis gives their size). The second figure counts every script the pane had fetched by
  the time the card showed, lazy chunks included.
`;
writeFileSync(docPath, doc + analysis);
log('wrote docs/PERFORMANCE.md');

// The team sync bench (bench/syncBench.mjs) writes its own "Team sync" section, after the part of
// the file kept above. --skip-sync leaves it out (it keeps a pane idle for three minutes).
if (!process.argv.includes('--skip-sync')) await (await import('./syncBench.mjs')).runSyncBench({ log });
