/*
 * Back returns the keyboard to the control the screen was left by, not to the screen's heading: a
 * manager working through a list (the day's plan, the records behind an alarm) goes on from the one
 * they opened instead of tabbing down to it again. A screen gone to afresh still starts at its heading.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile } from './support/browserForFile.mjs';
import { messageInList, openDemo, paneFrame } from './support/demo.mjs';

let page;
browserForFile((opened) => ({ page } = opened), { viewport: { width: 1100, height: 900 } });

/** Whether the pane's focus is on the element `locator` finds, waiting for the screen to fill in again. */
async function focusIsOn(locator) {
  for (const started = Date.now(); Date.now() - started < 4000; await page.waitForTimeout(50)) {
    if (await locator.evaluate((el) => el.ownerDocument.activeElement === el).catch(() => false)) return true;
  }
  return false;
}

const focusedNow = () =>
  paneFrame(page).evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}` : 'nothing';
  });

async function press(locator) {
  await locator.focus();
  await page.keyboard.press('Enter');
}

const back = (pane) => press(pane.getByRole('banner').getByRole('button', { name: 'Back', exact: true }));

test('Back from a card opened on the message puts the focus on that Open card, and the card opened starts at its heading', async () => {
  const pane = await openDemo(page);
  await messageInList(page, /Olivia Bennett.*Quote request: spare parts for 2027/).first().click();
  const opener = pane.getByRole('main').getByRole('button', { name: 'Open card', exact: true });
  await press(opener);
  const heading = pane.getByRole('heading', { name: /Contoso/, level: 1 });
  await heading.waitFor();
  assert.equal(await focusIsOn(heading), true, `forward, the card’s heading has the focus, not ${await focusedNow()}`);
  await back(pane);
  assert.equal(await focusIsOn(opener), true, `the focus is on Open card, not on ${await focusedNow()}`);
});

test('Back from a client opened in today’s plan puts the focus on that client’s Open the card', async () => {
  const pane = await openDemo(page);
  const items = pane.getByRole('main').getByRole('button', { name: /^Open the card of / });
  await items.nth(2).waitFor();
  const name = await items.nth(2).getAttribute('aria-label');
  await press(items.nth(2));
  await pane.getByRole('heading', { name: name.replace('Open the card of ', ''), level: 1 }).waitFor();
  await back(pane);
  assert.equal(await focusIsOn(pane.getByRole('main').getByRole('button', { name, exact: true })), true, `the focus is on ${name}, not on ${await focusedNow()}`);
});

test('Back from a record behind an alarm puts the focus on that record, and Back to the figures on the alarm', async () => {
  const pane = await openDemo(page);
  await pane.getByTestId('home-alarms').getByRole('button', { name: 'Open analytics' }).click();
  const alarm = pane.getByTestId('alarm-list').getByRole('button', { name: /deals without movement for over 30 days/ }).first();
  const alarmText = await alarm.getAttribute('aria-label') ?? (await alarm.innerText());
  await press(alarm);
  const drill = pane.getByTestId('drill-list');
  const record = drill.getByRole('listitem').nth(3).getByRole('button').first();
  await record.waitFor();
  const name = await record.innerText();
  await press(record);
  await drill.waitFor({ state: 'detached' });
  await pane.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
  await back(pane);
  assert.equal(await focusIsOn(record), true, `the focus is on the record ${name}, not on ${await focusedNow()}`);

  await press(drill.getByRole('button', { name: 'Back to the figures' }));
  const sameAlarm = pane.getByTestId('alarm-list').getByRole('button', { name: alarmText, exact: true }).first();
  assert.equal(await focusIsOn(sameAlarm), true, `the focus is on the alarm, not on ${await focusedNow()}`);
});
