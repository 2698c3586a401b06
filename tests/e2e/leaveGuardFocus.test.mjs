/*
 * "Keep editing" after a way out of a form asked first (here another tab of the card) puts the
 * keyboard back in the field being typed in, not on the tab the click left it on. jsdom does not
 * show it: there the dialog's focus hand-back and Fluent's tabs behave differently.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile } from './support/browserForFile.mjs';
import { messageInList, openClientTab, openDemo } from './support/demo.mjs';

let page;
browserForFile((opened) => ({ page } = opened), { viewport: { width: 1100, height: 900 } });

test('Keep editing after a tab asked to leave a typed New deal puts the focus back in its Title', async () => {
  const pane = await openDemo(page);
  await page.getByTestId('demo-taskpane').evaluate((f) => Object.assign(f.style, { width: '360px', minWidth: '360px', maxWidth: '360px' }));
  await messageInList(page, /Olivia Bennett.*Quote request: spare parts for 2027/).first().click();
  await pane.getByRole('button', { name: /^Open card of Contoso/ }).first().click();
  await openClientTab(pane, 'Deals');
  await pane.getByRole('button', { name: 'New deal' }).click();
  const title = pane.getByRole('textbox', { name: /Title/ }).first();
  await title.fill('Valves 2027');
  await pane.getByRole('tab', { name: 'History' }).click();
  await pane.getByRole('button', { name: 'Keep editing' }).click();
  await pane.getByRole('dialog').waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
  assert.equal(await title.evaluate((el) => el.ownerDocument.activeElement === el), true, 'the focus is back in Title');
  assert.equal(await title.inputValue(), 'Valves 2027');
});
