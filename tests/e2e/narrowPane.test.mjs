/*
 * The pane at 320 px, the narrowest Outlook gives it, in English and in Ukrainian (longer words):
 * on every screen a manager reaches from the header, the open message, a client card's sections
 * and their tabs, nothing may run past the pane's edge, where it would be cut off or scroll the
 * whole pane sideways. Content inside its own scrolling box (a wide table) is allowed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile } from './support/browserForFile.mjs';
import { messageInList, openClientTab, openDemo, paneFrame, paneOf, withEvidence } from './support/demo.mjs';

const WIDTH = 320;
const WORDS = {
  en: { language: 'English', openCard: 'Open card', keep: 'What the history keeps', clientSections: 'Client sections', deals: 'Deals', campaign: 'Came from campaign', nav: 'Clientbook navigation', analytics: 'Analytics', sales: 'Sales', moneyTables: ['Received by month', 'Forecast by expected close month', 'Receivables by days past due'], marketing: 'Marketing', reasonTables: ['Refusal reasons', 'Refusal reasons by industry'], queries: 'Queries', addCondition: 'Add a condition' },
  uk: { language: 'Українська', openCard: 'Відкрити картку', keep: 'Що зберігає історія', clientSections: 'Розділи клієнта', deals: 'Угоди', campaign: 'Прийшов з акції', nav: 'Навігація Clientbook', analytics: 'Аналітика', sales: 'Продажі', moneyTables: ['Отримано по місяцях', 'Прогноз за очікуваним місяцем закриття', 'Дебіторка за днями прострочення'], marketing: 'Маркетинг', reasonTables: ['Причини відмов', 'Причини відмов за галузями'], queries: 'Запити', addCondition: 'Додати умову' },
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

// Analytics' Pay tab, under More where the row is full.
const PAY = { en: { tab: 'Pay', more: /^More sections: \d$/, ruleOf: 'Pay rule of' }, uk: { tab: 'Оплата праці', more: /^Ще розділів: \d$/, ruleOf: 'Правило оплати для' } };

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
      // The campaign select fills in after the tab shows, as wide as its longest campaign name.
      await openClientTab(pane, words.deals, { language });
      await pane.getByRole('combobox', { name: words.campaign }).getByRole('option', { name: /Webinar/ }).waitFor({ state: 'attached' });
      await expectInside('client card, Deals with its campaigns');

      for (const button of await pane.getByRole('navigation', { name: words.nav }).getByRole('button').all()) {
        const name = await button.getAttribute('aria-label');
        await button.click();
        await pane.getByRole('main').getByRole('heading').first().waitFor();
        await expectInside(name);
        await everyTab(pane, name);
      }

      // Whose pay rule is shown reads whole: the team's, and a manager's with a rule of their own.
      const pay = PAY[language];
      await pane.getByRole('navigation', { name: words.nav }).getByRole('button', { name: words.analytics }).click();
      const payTab = pane.getByRole('tab', { name: pay.tab, exact: true });
      // The tab row is drawn after the screen's heading: isVisible does not wait for it.
      await payTab.or(pane.getByRole('tab', { name: pay.more })).first().waitFor();
      if (await payTab.isVisible()) await payTab.click();
      else {
        await pane.getByRole('tab', { name: pay.more }).click();
        await pane.getByRole('menuitem', { name: pay.tab, exact: true }).click();
      }
      await pane.getByRole('combobox', { name: pay.ruleOf }).getByRole('option', { name: /Dmytro Kravets/ }).waitFor({ state: 'attached' });
      await expectChoicesWhole('analytics, Pay');

      // The tables of money and of refusal reasons are read whole, without scrolling them sideways.
      await pane.getByRole('navigation', { name: words.nav }).getByRole('button', { name: words.analytics }).click();
      await pane.getByRole('tab', { name: words.sales }).click();
      await expectWhole(pane, words.moneyTables);
      await expectNoTableScrolls(pane, words.sales);
      await pane.getByRole('tab', { name: words.marketing }).click();
      await expectWhole(pane, words.reasonTables);
      await expectNoTableScrolls(pane, words.marketing);

      // A condition's operator reads whole («не дорівнює», "is not empty"), as its field does.
      const queries = pane.getByRole('tab', { name: words.queries, exact: true });
      if (await queries.isVisible()) await queries.click();
      else {
        await pane.getByRole('tab', { name: /^(More sections|Ще розділів): \d$/ }).click();
        await pane.getByRole('menuitem', { name: words.queries, exact: true }).click();
      }
      await pane.getByRole('button', { name: words.addCondition }).click();
      await expectInside('a query with a condition');
      await expectChoicesWhole('a query with a condition');
    }));
}

/**
 * The client sections' row at this width: what its visible tabs and More take, and each section
 * under More with the width its tab would take (measured on a copy of a visible tab).
 */
function sectionsRow() {
  return paneFrame(page).evaluate(() => {
    const row = document.querySelector('[role="tablist"]');
    const shown = [...row.querySelectorAll('[role="tab"]')].filter((el) => el.offsetParent !== null);
    const tabs = shown.filter((el) => !el.hasAttribute('aria-haspopup'));
    const more = shown.find((el) => el.hasAttribute('aria-haspopup'));
    const widthOf = (text) => {
      const copy = tabs[0].cloneNode(true);
      const label = tabs[0].querySelector('*:not(:has(*))').textContent.trim();
      copy.removeAttribute('id');
      // A tab holds its label twice: shown, and a bold copy that keeps its width when selected.
      copy.querySelectorAll('*').forEach((el) => {
        if (el.children.length === 0 && el.textContent.trim() === label) el.textContent = text;
      });
      copy.setAttribute('aria-hidden', 'true');
      row.append(copy);
      const width = copy.offsetWidth;
      copy.remove();
      return width;
    };
    return { room: row.clientWidth, tabs: tabs.reduce((sum, el) => sum + el.offsetWidth, 0), more: more?.offsetWidth ?? 0, moreLabel: more?.getAttribute('aria-label') ?? '', widthOf: Object.fromEntries([...document.querySelectorAll('[role="menuitem"]')].map((item) => [item.textContent.trim(), widthOf(item.textContent.trim())])) };
  });
}

for (const language of ['en', 'uk']) {
  test(`the client sections leave no section under More that fits in the row (${language})`, () =>
    withEvidence(page, `narrow-pane-tabs-${language}`, async () => {
      const words = WORDS[language];
      // The language the test before chose stays chosen: this one chooses its own.
      await page.goto(new URL('/', page.url()).href);
      await page.getByRole('combobox', { name: /^(Display language|Мова інтерфейсу)$/ }).selectOption(language === 'en' ? 'en-GB' : 'uk-UA');
      await openDemo(page, { language });
      const pane = paneOf(page, language);
      await messageInList(page, /Quote request: spare parts for 2027/).first().click();
      await pane.getByRole('button', { name: words.openCard }).first().click();
      const row = pane.getByRole('tablist', { name: words.clientSections });
      await row.getByRole('tab', { selected: true }).waitFor();
      for (const width of [320, 360, 450]) {
        await page.getByTestId('demo-taskpane').evaluate((frame, w) => Object.assign(frame.style, { width: `${w}px`, minWidth: `${w}px`, maxWidth: `${w}px` }), width);
        await paneFrame(page).evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
        const more = row.getByRole('tab', { name: /^(More sections|Ще розділів): \d$/ });
        if (!(await more.isVisible())) {
          assert.equal(await row.getByRole('tab').count(), 6, `${width} px: every section in the row, or More`);
          continue;
        }
        await more.click();
        await pane.getByRole('menu').waitFor();
        const measured = await sectionsRow();
        await page.keyboard.press('Escape');
        const hidden = Object.entries(measured.widthOf);
        // A section under More that fits beside the tabs, with More still there for the others (or without it, if it is the last).
        const fitting = hidden.filter(([, w]) => measured.tabs + w + (hidden.length > 1 ? measured.more : 0) <= measured.room);
        assert.deepEqual(fitting.map(([name]) => name), [], `${width} px: ${JSON.stringify(measured)}`);
      }
    }));
}
