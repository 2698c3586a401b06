/* The demo's display-language switch restarts the pane in Ukrainian, as Outlook's display language does. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile } from './support/browserForFile.mjs';
import { openDemo, paneFrame, selectMessage, withEvidence } from './support/demo.mjs';

let page;
browserForFile((opened) => ({ page } = opened));

test('switching the demo to Ukrainian shows the pane in Ukrainian', () =>
  withEvidence(page, 'ukrainian', async () => {
    let pane = await openDemo(page);
    await pane.getByRole('region', { name: 'Today’s plan' }).waitFor();

    await page.getByRole('combobox', { name: 'Display language' }).selectOption('uk-UA');
    pane = await openDemo(page, { language: 'uk' });
    await pane.getByRole('region', { name: 'План на сьогодні' }).waitFor();
    await pane.getByRole('button', { name: 'Пошук клієнтів' }).waitFor();
    await pane.getByRole('button', { name: 'Налаштування' }).waitFor();
    assert.equal(await paneFrame(page).evaluate(() => document.documentElement.lang), 'uk');

    await selectMessage(page, /Request for proposal: 40 workstations/);
    await pane.getByText('Невідомий відправник: ще немає в Clientbook').waitFor();
    await pane.getByRole('button', { name: 'Створити клієнта з Mark Davies' }).click();
    await pane.getByRole('form', { name: 'Новий клієнт' }).getByRole('button', { name: 'Зберегти клієнта' }).waitFor();

    // No English screen text is left on the form (names, emails and codes are data, not UI).
    const text = await pane.getByRole('form', { name: 'Новий клієнт' }).innerText();
    for (const english of ['Client name', 'Save client', 'Cancel', 'Status', 'Email domains', 'Not set']) {
      assert.ok(!text.includes(english), `"${english}" is still in English`);
    }

    // The choice survives a reload of the demo, as Outlook keeps its language.
    await page.reload();
    pane = await openDemo(page, { language: 'uk' });
    await pane.getByRole('region', { name: 'План на сьогодні' }).waitFor();
  }));
