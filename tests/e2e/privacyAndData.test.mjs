/*
 * Logging rules and the team's data in the demo, as a manager does it (issue 7): auto-log turned on
 * in settings logs a thread's message when it is opened and "Log the rest" logs the thread; 200
 * clients come in from a CSV with 5 bad rows skipped and reported, the store is exported; a contact
 * is erased everywhere and the erasure is in the audit log.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { browserForFile } from './support/browserForFile.mjs';
import { messageInList, openDemo, PANE_TITLE, withEvidence } from './support/demo.mjs';

let page;
browserForFile((opened) => ({ page } = opened));

/** Tabster's focus-trap sentinels are aria-hidden and focusable by design (see accessibility.test.mjs). */
const isTabsterDummy = (rule, html) => rule === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(html);

/** No serious or critical axe violation in the pane as it is now. */
async function expectAccessible(screen) {
  await page.waitForTimeout(300); // let transitions settle: axe reads computed colours
  const results = await new AxeBuilder({ page }).include([`iframe[title="${PANE_TITLE.en}"]`, 'body']).analyze();
  const found = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`);
  assert.deepEqual(found, [], `axe on ${screen}`);
}

/** 200 clients, five of them bad: two bad emails, an unknown region, an unknown status, an impossible date. */
function clientsCsv() {
  const rows = ['Company;Contact;Email;Region;Status;Client since'];
  for (let i = 1; i <= 200; i++) rows.push(`Client ${i};Person ${i};person${i}@client${i}.example;Kyiv;lead;2025-01-15`);
  rows[11] = 'Client 11;Person 11;person11@@client11.example;Kyiv;lead;2025-01-15';
  rows[22] = 'Client 22;Person 22;not-an-email;Kyiv;lead;2025-01-15';
  rows[33] = 'Client 33;Person 33;person33@client33.example;Atlantis;lead;2025-01-15';
  rows[44] = 'Client 44;Person 44;person44@client44.example;Kyiv;sleeping;2025-01-15';
  rows[55] = 'Client 55;Person 55;person55@client55.example;Kyiv;lead;31.02.2025';
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

test('auto-log a thread message on open, log the rest of the thread, import 200 clients with 5 bad rows, erase a contact', () =>
  withEvidence(page, 'privacy-and-data', async () => {
    const pane = await openDemo(page);

    // Auto-log is opt-in: turned on in settings.
    await pane.getByRole('button', { name: 'Settings' }).click();
    await pane.getByRole('switch', { name: 'Log received mail from known clients when I open it' }).check();
    await pane.getByRole('button', { name: 'Save my rules' }).click();
    await pane.getByText('Saved.', { exact: true }).waitFor();
    await expectAccessible('settings with the logging rules');
    await pane.getByRole('button', { name: 'Back' }).click();

    // The newest message of the quote thread, from a known client: logged when opened.
    await messageInList(page, /RE: Quote request: spare parts for 2027/).first().click();
    await pane.getByText('Logged automatically to Contoso Ltd.').waitFor();
    const thread = pane.getByRole('region', { name: 'This conversation' });
    await thread.getByText('1 of 4 logged').waitFor();
    await thread.getByRole('button', { name: 'Log the rest' }).click();
    await thread.getByText('4 of 4 logged').waitFor();
    await expectAccessible('a message logged automatically, with its conversation');
    assert.equal(await messageInList(page, /Quote request: spare parts for 2027/).getByText('Clientbook').count(), 3, 'every inbox message of the thread carries the category');

    // Import 200 clients from a CSV with 5 bad rows.
    await pane.getByRole('button', { name: 'Settings' }).click();
    await pane.getByRole('button', { name: 'Import, export and personal data' }).click();
    await pane.getByLabel('File to import').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(clientsCsv(), 'utf8') });
    await pane.getByText('clients.csv: 200 rows, 6 columns.').waitFor();
    await pane.getByRole('button', { name: 'Check rows' }).click();
    await pane.getByText('Would create 195, merge 0, skip 5. Nothing is saved yet.').waitFor();
    const skipped = pane.getByTestId('skipped-rows').getByRole('listitem');
    const skippedTexts = await skipped.allTextContents();
    assert.deepEqual(skippedTexts.slice(0, 4), [
      'Row 12: “person11@@client11.example” is not a valid email address.',
      'Row 23: “not-an-email” is not a valid email address.',
      'Row 34: “Atlantis” is not a known value of “Region”.',
      'Row 45: “sleeping” is not a known value of “Status”.',
    ]);
    // The form to write a day in is today's date, as the pane writes it (ISO where it puts the month first).
    assert.match(skippedTexts[4] ?? '', /^Row 56: “31\.02\.2025” is not a date: write it like (\d{2}\/\d{2}\/\d{4}|\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2})\.$/);
    assert.equal(skippedTexts.length, 5);
    await pane.getByRole('button', { name: 'Import', exact: true }).click();
    await pane.getByText('Imported: 195 created, 0 merged, 5 skipped.').waitFor();
    await expectAccessible('the data screen after an import');

    // Export from the keyboard: the focus stays on Export while it works and after.
    const exportButton = pane.getByRole('button', { name: 'Export', exact: true });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await pane.getByText(/^Exported: clientbook-/).waitFor();
    assert.equal(await exportButton.evaluate((el) => el.ownerDocument.activeElement === el), true, 'the focus stays on Export');

    // Erase a contact of the demo's clients everywhere; the audit log records it without naming them.
    await pane.getByLabel('The person’s email address').fill('james.wright@contoso.com');
    await pane.getByLabel('Request reference').fill('DSR-1');
    await pane.getByRole('button', { name: 'Erase them…' }).click();
    // The dialog names the address and whose it is, so a mistyped one shows before anything goes.
    const dialog = pane.getByRole('dialog', { name: 'Erase james.wright@contoso.com everywhere?' });
    await dialog.getByText('Clientbook has this address for James Wright (Contoso Ltd).').waitFor();
    // At least the two thread messages James wrote or was copied on, just logged.
    const confirm = await dialog.getByText(/This deletes 1 contact, removes their data from \d+ history entries/).textContent();
    const redacted = Number(/from (\d+) history/.exec(confirm)[1]);
    assert.ok(redacted >= 2, `${redacted} history entries involve James`);
    await expectAccessible('the erase confirmation');
    // The act that cannot be undone is in the danger colour, not the brand's.
    const erase = dialog.getByRole('button', { name: 'Erase' });
    const [background, danger] = await erase.evaluate((button) => {
      const probe = document.createElement('span');
      probe.style.backgroundColor = 'var(--colorStatusDangerBackground3)';
      button.parentElement.append(probe);
      const colours = [getComputedStyle(button).backgroundColor, getComputedStyle(probe).backgroundColor];
      probe.remove();
      return colours;
    });
    assert.equal(background, danger, 'the Erase button has the danger background');
    await erase.click();
    await pane.getByText(`Erased: 1 contact, ${redacted} history entries redacted`, { exact: false }).waitFor();
    const audit = pane.getByTestId('audit-log');
    await audit.getByText(`maria.koval@clientbook.example erased a person (DSR-1): 1 contact, ${redacted} history entries, `, { exact: false }).waitFor();
    assert.equal(await audit.getByText(/james/i).count(), 0, 'the audit log does not name the erased person');
  }));
