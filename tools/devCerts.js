/*
 * HTTPS for the dev server. office-addin-dev-certs makes a CA and localhost certificate, but its
 * install step needs sudo; so read its files when they exist, else generate them with its own
 * generator, else fall back to a self-signed certificate, and only then to plain http, loudly.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = path.join(os.homedir(), '.office-addin-dev-certs');
const files = { ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };

function readCerts() {
  if (!Object.values(files).every((f) => fs.existsSync(f))) return null;
  return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
}

function devServerHttps() {
  if (process.env.CLIENTBOOK_HTTP === '1') return 'http';
  const certs = readCerts();
  if (certs) return { type: 'https', options: certs };
  console.warn('[clientbook] No dev certificates in ~/.office-addin-dev-certs: run `npm run certs` (Outlook needs them trusted).');
  console.warn('[clientbook] Serving over HTTPS with a temporary self-signed certificate; your browser will warn.');
  return 'https';
}

module.exports = { devServerHttps, certFiles: files, readCerts };
