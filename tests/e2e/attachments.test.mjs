/*
 * Documents and saved attachments in the demo (single-user mode: IndexedDB), as a manager does it
 * (issues 5 and 7): a document added in the template editor is listed and previews; with "Save
 * attachments" on, logging an opened .eml keeps its PDF and puts its inline logo back in place in
 * the client's history (not listed again among the saved files).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openBrowser } from './support/browser.mjs';
import { openDemo, selectMessage, withEvidence } from './support/demo.mjs';

let browser;
let page;
let dir;

before(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  dir = await mkdtemp(path.join(os.tmpdir(), 'clientbook-attachments-'));
});
after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// A 1×1 PNG and a tiny PDF, base64.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PDF = Buffer.from('%PDF-1.4\n% signed offer\n').toString('base64');

function offerEml() {
  return [
    'From: Olena Petrenko <olena@acme-trading.example>',
    'To: Maria Koval <maria.koval@clientbook.example>',
    'Subject: Signed offer from Acme',
    'Message-ID: <signed-offer-7@acme-trading.example>',
    'Date: Tue, 10 Mar 2026 08:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mixed"',
    '',
    '--mixed',
    'Content-Type: multipart/related; boundary="related"',
    '',
    '--related',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Hello Maria,</p><p><img src="cid:logo@acme-trading.example" alt="Acme"></p><p>The signed offer is attached.</p>',
    '--related',
    'Content-Type: image/png; name="logo.png"',
    'Content-Disposition: inline; filename="logo.png"',
    'Content-ID: <logo@acme-trading.example>',
    'Content-Transfer-Encoding: base64',
    '',
    PNG,
    '--related--',
    '--mixed',
    'Content-Type: application/pdf; name="offer.pdf"',
    'Content-Disposition: attachment; filename="offer.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    PDF,
    '--mixed--',
    '',
  ].join('\r\n');
}

test('a template document is kept and previews; a logged email keeps its attachments and shows its inline image in place', () =>
  withEvidence(page, 'attachments', async () => {
    const pane = await openDemo(page);

    // A document for templates, kept in this browser.
    await pane.getByRole('button', { name: 'Mailings' }).click();
    await pane.getByRole('button', { name: 'New template' }).click();
    const documents = pane.getByRole('group', { name: 'Attachments' });
    await documents.getByText('Kept in this browser (single-user mode).').waitFor();
    await documents.getByLabel('Add document').setInputFiles({ name: 'Terms.txt', mimeType: 'text/plain', buffer: Buffer.from('Payment: 30 days net') });
    assert.equal(await documents.getByRole('checkbox', { name: 'Terms.txt' }).isChecked(), true);
    await documents.getByRole('button', { name: 'Preview Terms.txt' }).click();
    await documents.getByText('Payment: 30 days net').waitFor();
    // The new template holds the attached document, unsaved: Cancel asks; the document stays in the library.
    await pane.getByRole('button', { name: 'Cancel' }).click();
    await pane.getByRole('dialog', { name: 'Close without saving?' }).getByRole('button', { name: 'Close without saving' }).click();
    await pane.getByRole('button', { name: 'Back' }).click();

    // Saving attachments is the manager's choice.
    await pane.getByRole('button', { name: 'Settings' }).click();
    await pane.getByRole('switch', { name: 'Save attachments with logged emails' }).check();
    await pane.getByRole('button', { name: 'Save my rules' }).click();
    await pane.getByText('Saved.', { exact: true }).waitFor();
    await pane.getByRole('button', { name: 'Back' }).click();

    const file = path.join(dir, 'signed-offer.eml');
    await writeFile(file, offerEml());
    await page.getByLabel('Open .eml').setInputFiles(file);
    await page.getByText('Opened 1 message.').waitFor();
    await selectMessage(page, /Signed offer from Acme/);
    await pane.getByRole('button', { name: 'Create client from Olena Petrenko' }).click();
    // Saved, the pane is back at the message, where it is logged.
    await pane.getByRole('button', { name: 'Save client' }).click();
    await pane.getByRole('region', { name: 'Log email' }).getByRole('button', { name: 'Log email' }).click();
    await pane.getByText(/Logged to /).waitFor();
    await pane.getByRole('button', { name: /^Open card of / }).first().click();
    await pane.getByRole('tab', { name: 'History', exact: true }).click();

    const entry = pane.getByRole('list', { name: 'History' }).getByRole('listitem').first();
    const logo = entry.getByRole('img', { name: '2026-03-10 logo.png' });
    await logo.waitFor();
    assert.ok((await logo.evaluate((img) => img.naturalWidth)) > 0, 'the stored logo decodes as an image');
    const saved = entry.getByRole('list', { name: 'Saved attachments' });
    // The logo shows where it was in the email, not again among its files.
    assert.deepEqual(await saved.getByRole('listitem').allInnerTexts(), ['2026-03-10 offer.pdf']);
    await saved.getByRole('button', { name: 'Open 2026-03-10 offer.pdf' }).click();
    const link = saved.getByRole('link', { name: '2026-03-10 offer.pdf' });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), `data:application/pdf;base64,${PDF}`);
  }));
