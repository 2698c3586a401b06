/*
 * `npm run certs`: makes the Office add-in developer CA and a localhost certificate in
 * ~/.office-addin-dev-certs with office-addin-dev-certs' own generator, but skips its install step
 * (it calls sudo, which many machines lack) and prints how to trust the CA by hand instead.
 * `npm run certs -- --force` replaces certificates that are still valid.
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { certFiles } = require('./devCerts.js');
const { generateCertificates } = require('office-addin-dev-certs/lib/generate.js');

const DAYS = 365; // browsers refuse leaf certificates valid for more than 398 days
const DOMAINS = ['localhost', '127.0.0.1'];
const force = process.argv.includes('--force');

function validUntil(file) {
  try {
    return new Date(new X509Certificate(readFileSync(file)).validTo);
  } catch {
    return null;
  }
}

const all = [certFiles.ca, certFiles.cert, certFiles.key];
const expires = all.every(existsSync) ? validUntil(certFiles.cert) : null;
const stillGood = expires && expires.getTime() - Date.now() > 24 * 3600 * 1000;

if (stillGood && !force) {
  console.log(`Dev certificates already exist and are valid until ${expires.toISOString().slice(0, 10)}.`);
  console.log('Run `npm run certs -- --force` to make new ones.');
} else {
  // The generator writes nothing when ca.crt exists, so a partial or expired set is removed first.
  for (const f of all) rmSync(f, { force: true });
  await generateCertificates(certFiles.ca, certFiles.cert, certFiles.key, DAYS, DOMAINS);
  console.log(`Valid for ${DAYS} days for ${DOMAINS.join(', ')}.`);
}

const ca = certFiles.ca;
console.log(`
npm start serves https://localhost:3000 with ${certFiles.cert}.
Outlook and your browser accept it once you trust the CA ${ca}:

  Windows (no admin rights needed):
    certutil -addstore -user Root "%USERPROFILE%\\.office-addin-dev-certs\\ca.crt"

  macOS:
    sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${ca}

  Linux (system store, then Chromium/Chrome's own NSS store; certutil is in libnss3-tools):
    sudo cp ${ca} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates
    certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${ca}

  Firefox keeps its own store: Settings > Privacy & Security > Certificates > View Certificates >
  Authorities > Import, and tick "Trust this CA to identify websites".

Where sudo works, \`npx office-addin-dev-certs install\` does the same for the current OS.`);
