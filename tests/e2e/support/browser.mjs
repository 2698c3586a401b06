/*
 * Headless Debian Chromium through playwright-core, with a fresh profile (so a fresh IndexedDB)
 * for each test file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e tests with `npm run test:e2e`.');
  return url;
};

/** A browser context on a new profile directory; close() removes the directory. */
export async function openBrowser({ viewport = { width: 1280, height: 800 }, colorScheme = 'light', locale = 'en-GB' } = {}) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'clientbook-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport,
    colorScheme,
    locale,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
