/*
 * The Graph emulator (tests/support/graph-emulator, TypeScript compiled with swc, since node 20
 * runs no TypeScript) on a fixed local port that a browser page may call: CORS answered as Graph
 * answers it, everything else forwarded unchanged. Used by `npm run demo:team` and the team e2e.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const emulatorDir = path.join(root, 'tests', 'support', 'graph-emulator');

export const DEMO_SITE_URL = 'https://contoso.sharepoint.com/sites/sales';

function loadEmulator() {
  const compiled = mkdtempSync(path.join(os.tmpdir(), 'clientbook-graph-emulator-'));
  for (const file of readdirSync(emulatorDir).filter((f) => f.endsWith('.ts'))) {
    const { code } = swc.transformFileSync(path.join(emulatorDir, file), {
      swcrc: false,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    writeFileSync(path.join(compiled, file.replace(/\.ts$/, '.js')), code);
  }
  writeFileSync(path.join(compiled, 'package.json'), '{"type":"commonjs"}');
  const { GraphEmulator } = createRequire(import.meta.url)(path.join(compiled, 'GraphEmulator.js'));
  return { GraphEmulator, cleanUp: () => rmSync(compiled, { recursive: true, force: true }) };
}

const cors = (origin) => ({
  'Access-Control-Allow-Origin': origin || '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Content-Range, If-Match, Prefer, Accept, User-Agent',
  'Access-Control-Expose-Headers': 'Retry-After, Location, ETag',
  'Access-Control-Max-Age': '600',
  Vary: 'Origin',
});

/** Starts the emulator with the demo site on 127.0.0.1:`port` (0: any free port). */
export async function startGraphEmulatorServer({ port = 0, budgetPerMinute = 1250 } = {}) {
  const { GraphEmulator, cleanUp } = loadEmulator();
  const emulator = new GraphEmulator({ budgetPerMinute });
  await emulator.start();
  const inner = emulator.baseUrl;
  const proxy = createServer((req, res) => {
    const headers = cors(req.headers.origin);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, headers);
      return res.end();
    }
    const target = new URL(req.url ?? '/', inner);
    const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...headers });
      answer.pipe(res);
    });
    // An injected dropped connection reaches the browser as one.
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${proxy.address().port}`;
  // Links the emulator hands out (nextLink, deltaLink) must point at the port the browser reaches.
  Object.defineProperty(emulator, 'baseUrl', { get: () => origin });
  emulator.addSite(DEMO_SITE_URL);
  return {
    emulator,
    /** The Graph root to give the pane, e.g. http://127.0.0.1:4580/v1.0. */
    graphUrl: `${origin}/v1.0`,
    async close() {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      await emulator.stop();
      cleanUp();
    },
  };
}
