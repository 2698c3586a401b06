/*
 * The pane at 360 px in the light and the dark theme: home (the day's plan), a client card and its
 * history. Each run checks that the dark theme really is dark (the open pane switching to it) and writes the pictures to
 * test-results/screenshots/; UPDATE_SCREENSHOTS=1 writes them to docs/screenshots/ for the README.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openBrowser } from './support/browser.mjs';
import { openDemo, paneFrame, PANE_TITLE, withEvidence } from './support/demo.mjs';

const outDir = process.env.UPDATE_SCREENSHOTS === '1' ? path.join('docs', 'screenshots') : path.join('test-results', 'screenshots');
let browser;
let page;

before(async () => {
  // Tall enough for the day's plan; the pane keeps its 360 px width beside the demo's mail list.
  browser = await openBrowser({ viewport: { width: 1280, height: 900 } });
  page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  await mkdir(outDir, { recursive: true });
});
after(() => browser?.close());

const shoot = async (name) => {
  await page.waitForTimeout(300); // let hover and focus transitions finish
  await page.mouse.move(0, 0);
  const file = path.join(outDir, `${name}.png`);
  await page.getByTitle(PANE_TITLE.en).screenshot({ path: file, animations: 'disabled' });
  return file;
};

/** Relative luminance of the pane's page background, 0 (black) to 1 (white). */
async function paneBackgroundLuminance() {
  return paneFrame(page).evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    let el = main;
    let colour = getComputedStyle(el).backgroundColor;
    while (el && (colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent')) {
      el = el.parentElement;
      colour = el ? getComputedStyle(el).backgroundColor : 'rgb(255, 255, 255)';
    }
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).slice(0, 3).map((v) => Number(v) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

for (const theme of ['light', 'dark']) {
  test(`pane screenshots at 360 px, ${theme} theme`, () =>
    withEvidence(page, `screenshots-${theme}`, async () => {
      const pane = await openDemo(page);
      const toggle = page.getByRole('switch', { name: 'Dark theme' });
      if ((await toggle.isChecked()) !== (theme === 'dark')) {
        await paneFrame(page).evaluate(() => Object.assign(window, { openBeforeTheSwitch: true }));
        await toggle.setChecked(theme === 'dark');
        // The open pane follows the switch, as it follows Outlook's OfficeThemeChanged: no reload.
        await paneFrame(page).waitForFunction((scheme) => document.documentElement.style.colorScheme === scheme, theme);
        assert.equal(await paneFrame(page).evaluate(() => window.openBeforeTheSwitch), true, 'the pane was not reloaded');
      }
      assert.equal(await paneFrame(page).evaluate(() => window.innerWidth), 360, 'the pane is 360 px wide');
      const luminance = await paneBackgroundLuminance();
      if (theme === 'dark') assert.ok(luminance < 0.3, `dark theme background is dark (luminance ${luminance.toFixed(2)})`);
      else assert.ok(luminance > 0.7, `light theme background is light (luminance ${luminance.toFixed(2)})`);

      await pane.getByRole('region', { name: 'Today’s plan' }).getByRole('list').first().waitFor();
      await shoot(`home-${theme}`);

      await pane.getByRole('button', { name: 'Open the card of Contoso Ltd' }).click();
      await pane.getByRole('tab', { name: 'Card', exact: true }).click();
      await pane.getByRole('button', { name: 'Edit card' }).waitFor();
      await shoot(`client-card-${theme}`);

      // The sections that do not fit the 360 px row, under More.
      await pane.getByRole('tab', { name: /^More sections: \d$/ }).click();
      await pane.getByRole('menu').waitFor();
      const cardHidden = await paneFrame(page).evaluate(() => {
        const name = [...document.querySelectorAll('h1')].find((h) => h.textContent?.includes('Contoso'));
        const box = name?.getBoundingClientRect();
        return !box || !name.contains(document.elementFromPoint(box.left + 4, box.top + box.height / 2));
      });
      assert.equal(cardHidden, false, 'the open menu covers only its own place, not the card behind it');
      await shoot(`client-sections-${theme}`);
      await page.keyboard.press('Escape');
      await pane.getByRole('menu').waitFor({ state: 'hidden' });

      await pane.getByRole('tab', { name: 'History', exact: true }).click();
      await pane.getByRole('list', { name: 'History' }).waitFor();
      await shoot(`history-${theme}`);
    }));
}
