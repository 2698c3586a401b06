/*
 * A hostile .eml opened in the demo runs no script anywhere: not in the reading pane, not in the
 * task pane after it is logged, not from its links, and its remote tracking image is not fetched.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { baseUrl, openBrowser } from './support/browser.mjs';
import { openDemo, selectMessage, withEvidence } from './support/demo.mjs';

const FLAG = '__e2eHostileRan';
let browser;
let page;
let dir;
const dialogs = [];
const trackerRequests = [];

function hostileEml(trackerUrl) {
  const run = `window.${FLAG}=true;try{parent.${FLAG}=true;top.${FLAG}=true}catch(e){}`;
  const html = [
    `<html><head><script>${run};alert('head')</script>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
    '</head>',
    `<body onload="${run}">`,
    '<h2>Your invoice is overdue</h2>',
    '<p>Dear customer, pay within 24 hours or your account will be closed.</p>',
    `<img src="${trackerUrl}" alt="" width="1" height="1">`,
    `<img src="x" onerror="${run};alert('onerror')" alt="broken picture">`,
    `<p><a href="javascript:${run};alert('link')">Pay now</a></p>`,
    `<p><a href="https://phishing.invalid/login" onclick="${run}">View invoice</a></p>`,
    `<svg onload="${run}"><script>${run}</script></svg>`,
    `<iframe srcdoc="<script>${run}</script>"></iframe>`,
    `<object data="javascript:${run}"></object>`,
    `<form action="javascript:${run}"><button formaction="javascript:${run}">Confirm</button></form>`,
    `<div style="background:url(javascript:${run})">Styled note</div>`,
    `<script>${run};alert('body')</script>`,
    '</body></html>',
  ].join('\r\n');
  return [
    'From: "Accounts Receivable" <billing@overdue-invoices.example>',
    'To: "Maria Koval" <maria.koval@clientbook.example>',
    'Subject: Final reminder: invoice 4471 overdue',
    'Date: Thu, 26 Nov 2026 08:15:00 +0000',
    'Message-ID: <hostile-4471@overdue-invoices.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Your invoice is overdue.',
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
    '--b1--',
    '',
  ].join('\r\n');
}

before(async () => {
  browser = await openBrowser();
  browser.context.on('request', (r) => {
    if (r.url().includes('/tracker.gif')) trackerRequests.push(r.url());
  });
  const watch = (p) => p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  browser.context.on('page', watch);
  page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  dir = await mkdtemp(path.join(os.tmpdir(), 'clientbook-eml-'));
});
after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Whether the payload's flag got set in any frame of the page. */
async function flagSetAnywhere() {
  for (const frame of page.frames()) {
    const set = await frame.evaluate((flag) => window[flag] === true, FLAG).catch(() => false);
    if (set) return frame.url();
  }
  return null;
}

/** Markup the sanitiser must have removed, counted in every frame but the app's own scripts. */
async function dangerousMarkup() {
  const found = [];
  // Chromium's own error page (office.js frames a telemetry page that cannot load offline) is not ours.
  for (const frame of page.frames().filter((f) => !f.url().startsWith('chrome-error://'))) {
    const hits = await frame
      .evaluate((flag) => {
        const all = [...document.querySelectorAll('*')];
        const handlers = all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length;
        const jsUrls = all.filter((el) => [...el.attributes].some((a) => /^\s*javascript:/i.test(a.value))).length;
        const scripts = [...document.scripts].filter((s) => s.text.includes(flag)).length;
        return handlers + jsUrls + scripts;
      }, FLAG)
      .catch(() => 0);
    if (hits) found.push(`${frame.url().slice(0, 80)} (in ${frame.parentFrame()?.url().slice(0, 80)}): ${hits}`);
  }
  return found;
}

test('a hostile .eml runs no script and shows sanitised, in the demo and in the logged history', () =>
  withEvidence(page, 'hostile-eml', async () => {
    const file = path.join(dir, 'invoice-4471.eml');
    await writeFile(file, hostileEml(`${baseUrl()}/tracker.gif?who=maria`));
    const pane = await openDemo(page);

    await page.getByLabel('Open .eml').setInputFiles(file);
    await page.getByText('Opened 1 message.').waitFor();
    const reading = page.getByRole('main', { name: 'Final reminder: invoice 4471 overdue' });
    await reading.waitFor();

    // The body shows, sanitised, in its frame.
    const body = page.getByTitle('Message body').contentFrame();
    await body.getByRole('heading', { name: 'Your invoice is overdue' }).waitFor();
    await body.getByText('Styled note').waitFor();
    await page.getByText('Pictures from the internet are blocked to protect your privacy.').waitFor();
    const payLink = body.getByText('Pay now');
    if (await payLink.count()) await payLink.click();

    // Log it from the pane: its history shows the text, never the markup.
    await selectMessage(page, /Final reminder: invoice 4471 overdue/);
    await pane.getByRole('button', { name: 'Create client from Accounts Receivable' }).click();
    // Saved, the pane is back at the message, where it is logged.
    await pane.getByRole('button', { name: 'Save client' }).click();
    await pane.getByRole('region', { name: 'Log email' }).getByRole('button', { name: 'Log email' }).click();
    await pane.getByText(/Logged to /).waitFor();
    await pane.getByRole('button', { name: /^Open card of / }).first().click();
    await pane.getByRole('tab', { name: 'History', exact: true }).click();
    const entry = pane.getByRole('list', { name: 'History' }).getByRole('listitem').first();
    await entry.waitFor();
    const entryText = await entry.innerText();
    assert.match(entryText, /Your invoice is overdue/);
    assert.doesNotMatch(entryText, /<script|onerror|javascript:|alert\(/i);

    await page.waitForTimeout(500); // give any stray timer or load handler a chance to fire
    assert.deepEqual(dialogs, [], 'no alert() ran');
    assert.equal(await flagSetAnywhere(), null, 'the payload set its flag in no frame');
    assert.deepEqual(await dangerousMarkup(), [], 'no event handlers, javascript: URLs or payload scripts are in any frame');
    assert.deepEqual(trackerRequests, [], 'the remote tracking image was not fetched');
  }));
