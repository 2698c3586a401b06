/*
 * `npm stop`: stops the dev server `npm start` left running on its port (3000 unless
 * npm_package_config_dev_server_port says otherwise). It finds the process that listens on the
 * port, checks that it is Node (webpack's dev server), and sends it SIGTERM. It never launches or closes Outlook.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

const port = Number(process.env.npm_package_config_dev_server_port || process.argv[2] || 3000);

/** PIDs listening on the TCP port, from /proc on Linux, lsof on macOS, netstat on Windows. */
function listeners(p) {
  if (process.platform === 'linux') return linuxListeners(p);
  if (process.platform === 'win32') {
    const out = run('netstat', ['-ano', '-p', 'TCP']);
    return unique(out.split(/\r?\n/).filter((l) => /LISTENING/.test(l) && new RegExp(`:${p}\\s`).test(l)).map((l) => Number(l.trim().split(/\s+/).pop())));
  }
  return unique(run('lsof', ['-nP', `-iTCP:${p}`, '-sTCP:LISTEN', '-t']).split(/\s+/).filter(Boolean).map(Number));
}

function linuxListeners(p) {
  const hexPort = p.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] local address "ADDR:PORT", cols[3] state ("0A" is LISTEN), cols[9] socket inode
      if (cols.length > 9 && cols[1].endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9]);
    }
  }
  const pids = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let fds = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target = '';
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(target);
      if (m && inodes.has(m[1])) {
        pids.push(Number(pid));
        break;
      }
    }
  }
  return pids;
}

function commandOf(pid) {
  if (process.platform === 'linux') {
    // webpack-cli renames its process to "webpack", so the executable tells more than the title.
    let exe = '';
    try {
      exe = readlinkSync(`/proc/${pid}/exe`);
    } catch {
      exe = '';
    }
    try {
      return `${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()} [${exe}]`;
    } catch {
      return exe;
    }
  }
  if (process.platform === 'win32') return run('tasklist', ['/FI', `PID eq ${pid}`, '/FO', 'CSV', '/NH']);
  return run('ps', ['-o', 'command=', '-p', String(pid)]).trim();
}

function run(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    return error.stdout ?? '';
  }
}

const unique = (xs) => [...new Set(xs.filter((x) => Number.isInteger(x) && x > 0))];

const pids = listeners(port);
if (pids.length === 0) {
  console.log(`Nothing is listening on port ${port}: no dev server to stop.`);
  console.log('`npm stop` stops the webpack dev server that `npm start` runs on that port; it does not touch Outlook.');
  process.exit(0);
}

let stopped = 0;
for (const pid of pids) {
  const command = commandOf(pid);
  if (!/node|webpack/i.test(command)) {
    console.log(`Port ${port} belongs to PID ${pid} (${command || 'unknown command'}), which is not a Node dev server: left running.`);
    continue;
  }
  process.kill(pid, 'SIGTERM');
  stopped += 1;
  console.log(`Stopped the dev server on port ${port} (PID ${pid}: ${command.slice(0, 120)}).`);
}
process.exit(stopped > 0 || pids.length === 0 ? 0 : 1);
