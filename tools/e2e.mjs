/*
 * `npm run test:e2e`: builds the production bundle once into a temporary folder (so a developer's
 * dist/ and a parallel run are left alone), serves it on 127.0.0.1 and runs every
 * tests/e2e/*.test.mjs with node:test against it in headless Chromium. Exits non-zero on failure.
 * E2E_SKIP_BUILD=1 tests the existing dist/ instead (handy while writing a flow).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './staticServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const e2eDir = path.join(root, 'tests', 'e2e');

if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
  console.error('e2e: Chromium not found at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH).');
  process.exit(1);
}

const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(root, 'dist', 'taskpane.html'));
const built = reuse ? path.join(root, 'dist') : mkdtempSync(path.join(os.tmpdir(), 'clientbook-e2e-dist-'));
const cleanUp = () => {
  if (!reuse) rmSync(built, { recursive: true, force: true });
};
if (!reuse) {
  console.log('e2e: building the production bundle …');
  const started = Date.now();
  const build = spawnSync('npx', ['webpack', '--mode', 'production', '--output-path', built], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    cleanUp();
    // webpack reports compile errors on stdout; show them, not the whole asset list.
    console.error(build.stdout.split('\n').filter((l) => /error|Module not found/i.test(l)).slice(0, 30).join('\n'));
    console.error('e2e: the production build failed.');
    process.exit(build.status ?? 1);
  }
  console.log(`e2e: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const only = process.argv.slice(2);
const files = readdirSync(e2eDir)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => path.join(e2eDir, f));
if (files.length === 0) {
  cleanUp();
  console.error('e2e: no test files in tests/e2e.');
  process.exit(1);
}

const server = await startStaticServer(built);
console.log(`e2e: serving ${reuse ? 'dist/' : 'the fresh build'} at ${server.url}/`);

// One file at a time: the machine has two cores and each file runs its own Chromium. A test that
// hangs (a browser that never answers) fails after three minutes instead of stalling `npm test`.
const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', '--test-timeout=180000', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: server.url, E2E_DIST: built },
});
const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await server.close();
cleanUp();
process.exit(code);
