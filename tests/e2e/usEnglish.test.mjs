/*
 * Outlook in US English: the pane writes and reads days month first, as its user does, and times
 * with AM and PM. A day typed 12/1/2026 is the first of December, not the twelfth of January.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile } from './support/browserForFile.mjs';
import { messageInList, openDemo, withEvidence } from './support/demo.mjs';

let page;
browserForFile((opened) => ({ page } = opened), { viewport: { width: 1100, height: 900 } });

test('in US English a planned day is typed and shown month first', () =>
  withEvidence(page, 'us-english', async () => {
    await openDemo(page);
    await page.getByRole('combobox', { name: 'Display language' }).selectOption('en-US');
    const pane = await openDemo(page);
    await page.getByTestId('demo-taskpane').evaluate((f) => Object.assign(f.style, { width: '360px', minWidth: '360px', maxWidth: '360px' }));

    await messageInList(page, /Olivia Bennett.*Quote request: spare parts for 2027/).first().click();
    await pane.getByRole('button', { name: 'Plan next contact' }).click();
    const plan = pane.getByRole('form', { name: 'Plan next contact' });
    await plan.getByRole('combobox', { name: 'Date' }).fill('12/1/2027');
    await plan.getByRole('combobox', { name: 'Date' }).press('Tab');
    assert.equal(await plan.getByRole('combobox', { name: 'Date' }).inputValue(), '12/01/2027');
    await plan.getByRole('button', { name: 'Plan next contact' }).click();
    await pane.getByText('Next contact planned for Dec 1, 2027').waitFor();
    await page.screenshot({ path: 'test-results/us-english-planned.png' });
  }));
