/*
 * `npm run demo:team`: the Graph emulator on a fixed local port and the webpack dev server, so two
 * browser windows act as two managers of one team. Open the two URLs it prints; in each pane:
 * Settings → Team store → Connect. See docs/DEMO-TEAM.md. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SITE_URL, startGraphEmulatorServer } from './graphEmulatorServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.DEMO_TEAM_PORT || 4580);
const devPort = Number(process.env.npm_package_config_dev_server_port || 3000);

const graph = await startGraphEmulatorServer({ port });
console.log(`demo:team: Graph emulator at ${graph.graphUrl} (site ${DEMO_SITE_URL}, 1,250 resource units a minute)`);
console.log('demo:team: starting the dev server …');
const dev = spawn('npx', ['webpack', 'serve', '--mode', 'development'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const demoUrl = (user) => `https://localhost:${devPort}/?team=${encodeURIComponent(graph.graphUrl)}&user=${user}`;
console.log('demo:team: open these two in separate windows (two managers of one team):');
console.log(`  Maria (connects first: head of sales)  ${demoUrl('maria')}`);
console.log(`  Petro (a manager)                      ${demoUrl('petro')}`);
console.log('demo:team: in each pane open Settings → Team store → Connect.');

let lastTotal = 0;
const meterLog = setInterval(() => {
  const total = graph.emulator.meter.total();
  if (total !== lastTotal) console.log(`demo:team: ${graph.emulator.httpRequests} Graph requests so far; ${total} resource units in total`);
  lastTotal = total;
}, 60_000);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  clearInterval(meterLog);
  dev.kill('SIGTERM');
  await graph.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
dev.on('exit', (code) => {
  if (!stopping) console.error(`demo:team: the dev server stopped (${code}); stopping the emulator.`);
  void stop();
});
