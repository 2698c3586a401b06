/*
 * The pane at 320 px, the narrowest Outlook gives it, in English and in Ukrainian (longer words):
 * on every screen a manager reaches from the header, the open message, a client card's sections
 * and their tabs, nothing may run past the pane's edge, where it would be cut off or scroll the
 * whole pane sideways. Content inside its own scrolling box (a wide table) is allowed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile } from './support/browserForFile.mjs';
import { messageInList, openDemo, paneFrame, paneOf, withEvidence } from './support/demo.mjs';

const WIDTH = 320;
const WORDS = {
  en: { language: 'English', openCard: 'Open card', keep: 'What the history keeps', clientSections: 'Client sections', nav: 'Clientbook navigation', analytics: 'Analytics', sales: 'Sales', moneyTables: ['Received by month', 'Forecast by expected close month', 'Receivables by days past due'], marketing: 'Marketing', reasonTables: ['Refusal reasons', 'Refusal reasons by industry'] },
  uk: { language: 'Українська', openCard: 'Відкрити картку', keep: 'Що зберігає історія', clientSections: 'Розділи клієнта', nav: 'Навігація Clientbook', analytics: 'Аналітика', sales: 'Продажі', moneyTables: ['Отримано по місяцях', 'Прогноз за очікуваним місяцем закриття', 'Дебіторка за днями прострочення'], marketing: 'Маркетинг', reasonTables: ['Причини відмов', 'Причини відмов за галузями'] },
};

let page;
browserForFile((opened) => ({ page } = opened), { viewport: { width: 1100, height: 900 } });

async function narrowThePane() {
  await page.getByTestId('demo-taskpane').evaluate((frame, width) => {
    Object.assign(frame.style, { width: `${width}px`, minWidth: `${width}px`, maxWidth: `${width}px` });
  }, WIDTH);
}

/**
 * What runs past the content edges of the pane's header or main area (their padding is the pane's
 * margin), outside any box that scrolls or clips it.
 */
function overflowing() {
  return paneFrame(page).evaluate(() => {
    const clippedByAncestor = (el, area) => {
      for (let p = el.parentElement; p && p !== area; p = p.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const out = [];
    for (const area of document.querySelectorAll('header, main')) {
      const box = area.getBoundingClientRect();
      const style = getComputedStyle(area);
      const left = box.left + parseFloat(style.paddingLeft) - 0.5;
      const right = box.right - parseFloat(style.paddingRight) + 0.5;
      for (const el of area.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        if ((r.right > right || r.left < left) && !clippedByAncestor(el, area)) {
          out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 50)}" ${Math.round(r.left)}..${Math.round(r.right)}, content ${Math.round(left)}..${Math.round(right)}`);
        }
      }
    }
    return out.slice(0, 5);
  });
}

async function expectInside(where) {
  // Fluent's overflow rows measure after layout: let two frames pass.
  await paneFrame(page).evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
  assert.deepEqual(await overflowing(), [], `${where}: runs past the ${WIDTH} px pane`);
}

/** Every choice of the pane's selects is read whole: a select cuts off a choice longer than its box. */
async function expectChoicesWhole(where) {
  const cut = await paneFrame(page).evaluate(() => {
    const measure = document.createElement('canvas').getContext('2d');
    return [...document.querySelectorAll('main select')].flatMap((select) => {
      const style = getComputedStyle(select);
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return [...select.options].filter((o) => measure.measureText(o.text).width > room).map((o) => `"${o.text}" in ${Math.round(room)} px`);
    });
  });
  assert.deepEqual(cut, [], `${where}: choices cut off`);
}

/** The tables named fit their box: nothing of them hides behind a sideways scroll. */
async function expectWhole(pane, captions) {
  for (const caption of captions) {
    // The section and, inside it, the table's own scrolling box share the name.
    const table = pane.getByRole('region', { name: caption, exact: true }).last();
    await table.getByRole('table').waitFor();
    const { scrollWidth, clientWidth } = await table.evaluate((box) => ({ scrollWidth: box.scrollWidth, clientWidth: box.clientWidth }));
    assert.ok(scrollWidth <= clientWidth, `${caption}: ${scrollWidth} px of table in ${clientWidth} px`);
  }
}

/**
 * No table of figures on the analytics tab in view scrolls sideways, once its figures are in: a
 * table too wide for the pane shows its rows as blocks instead.
 */
async function expectNoTableScrolls(pane, where) {
  await pane.getByRole('tabpanel').getByRole('progressbar').first().waitFor({ state: 'detached' });
  const scrolling = await paneFrame(page).evaluate(() =>
    [...document.querySelectorAll('[role="tabpanel"] [role="region"]')]
      .filter((box) => box.querySelector(':scope > table') && box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${box.getAttribute('aria-label')}: ${box.scrollWidth} px in ${box.clientWidth} px`),
  );
  assert.deepEqual(scrolling, [], `${where}: tables scroll sideways`);
}

/** Each visible tab of the screen's tab lists in turn. */
async function everyTab(pane, where) {
  for (const tab of await pane.getByRole('tab').all()) {
    if (!(await tab.isVisible()) || (await tab.getAttribute('aria-haspopup'))) continue;
    const name = (await tab.innerText()).trim();
    await tab.click();
    await expectInside(`${where}, tab ${name}`);
  }
}

for (const language of ['en', 'uk']) {
  const words = WORDS[language];
  test(`every screen fits a ${WIDTH} px pane (${language})`, () =>
    withEvidence(page, `narrow-pane-${language}`, async () => {
      await openDemo(page);
      if (language !== 'en') await page.getByRole('combobox', { name: 'Display language' }).selectOption({ label: words.language });
      await narrowThePane();
      const pane = paneOf(page, language);
      await pane.getByRole('banner').getByRole('heading', { name: 'Clientbook' }).waitFor();
      await expectInside('home');

      // A message still to log: what the history keeps of it is chosen in a select.
      await messageInList(page, /Demo next week\?/).first().click();
      await pane.getByRole('combobox', { name: words.keep }).waitFor();
      await expectChoicesWhole('a message to log');

      await messageInList(page, /Quote request: spare parts for 2027/).first().click();
      await pane.getByRole('button', { name: words.openCard }).first().waitFor();
      await expectInside('the open message');
      await pane.getByRole('button', { name: words.openCard }).first().click();
      await pane.getByRole('tablist', { name: words.clientSections }).waitFor();
      await everyTab(pane, 'client card');

      for (const button of await pane.getByRole('navigation', { name: words.nav }).getByRole('button').all()) {
        const name = await button.getAttribute('aria-label');
        await button.click();
        await pane.getByRole('main').getByRole('heading').first().waitFor();
        await expectInside(name);
        await everyTab(pane, name);
      }

      // The tables of money and of refusal reasons are read whole, without scrolling them sideways.
      await pane.getByRole('navigation', { name: words.nav }).getByRole('button', { name: words.analytics }).click();
      await pane.getByRole('tab', { name: words.sales }).click();
      await expectWhole(pane, words.moneyTables);
      await expectNoTableScrolls(pane, words.sales);
      await pane.getByRole('tab', { name: words.marketing }).click();
      await expectWhole(pane, words.reasonTables);
      await expectNoTableScrolls(pane, words.marketing);
    }));
}
