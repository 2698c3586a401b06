/* The team demo (?team=<emulator>&user=<name>): a manager's page and pane, and Connect in settings. */
import assert from 'node:assert/strict';
import { baseUrl } from './browser.mjs';
import { paneOf } from './demo.mjs';

/** Opens the demo as `user`, its pane pointed at the emulator's Graph root. */
export async function openTeamDemo(browser, graphUrl, user) {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${baseUrl()}/?team=${encodeURIComponent(graphUrl)}&user=${user}`);
  const pane = paneOf(page);
  await pane.getByRole('banner').getByRole('heading', { name: 'Clientbook' }).waitFor();
  return { page, pane };
}

/** Settings → Team store → Connect, back to the start; the "Connected." line it showed. */
export async function connect(pane) {
  await pane.getByRole('button', { name: 'Settings' }).click();
  const section = pane.getByRole('region', { name: 'Team store' });
  assert.equal(await section.getByRole('textbox', { name: /SharePoint site address/ }).inputValue(), 'https://contoso.sharepoint.com/sites/sales');
  await section.getByRole('button', { name: 'Connect' }).click();
  const done = section.getByText(/^Connected\./);
  await done.waitFor({ timeout: 60_000 });
  const text = await done.textContent();
  await pane.getByRole('button', { name: 'Back' }).click();
  return text;
}
