/*
 * Deals in the demo, as a manager works one: a deal created from a client's email, moved through
 * the stages, invoiced, partly paid, closed as Refusal with a reason; the deal card and the client's
 * Deals tab show what is outstanding and overdue.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { baseUrl, openBrowser } from './support/browser.mjs';
import { openClientTab, openDemo, paneFrame, selectMessage, withEvidence } from './support/demo.mjs';

const SUBJECT = /Demo next week\?/;
let browser;
let page;
// Each flow starts from the demo as shipped, on a profile of its own: the deal one flow makes from
// "Demo next week?" is that email's, so the next flow's button opens it rather than making another.
beforeEach(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
});
afterEach(() => browser?.close());

/** Text as read on screen, with Intl's non-breaking spaces as plain ones. */
const plain = (text) => text.replace(/\s+/g, ' ').trim();

/** The value beside a term in a receivables summary. */
async function figure(summary, term) {
  const value = summary.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  return plain(await value.innerText());
}

test('a deal from an email → stages → planned receipts → part paid → refused with a reason; outstanding and overdue on the card', () =>
  withEvidence(page, 'deals', async () => {
    const pane = await openDemo(page);
    const dates = await page.evaluate(() => {
      const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const shift = (days) => iso(new Date(Date.now() + days * 86_400_000));
      return { today: shift(0), issued: shift(-20), due: shift(-5), later: shift(10) };
    });

    // The message from Daniel at Fabrikam Logistics (a known client): one click makes it a deal.
    await selectMessage(page, SUBJECT);
    await pane.getByRole('button', { name: 'Create a deal from this email' }).click();
    await pane.getByRole('heading', { name: 'Demo next week?', level: 1 }).waitFor();
    // The logged email is on the deal's own timeline.
    const timeline = pane.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Email: Demo next week?').waitFor();
    await timeline.getByText('Opened at Qualification').waitFor();

    // Through the stages; each takes its default probability.
    const stage = pane.getByRole('combobox', { name: 'Move to stage' });
    await stage.selectOption({ label: 'Proposal (40%)' });
    await pane.getByRole('button', { name: 'Move', exact: true }).click();
    await pane.getByText('Moved to Proposal; probability 40%.').waitFor();
    await stage.selectOption({ label: 'Negotiation (60%)' });
    await pane.getByRole('button', { name: 'Move', exact: true }).click();
    await pane.getByText('Moved to Negotiation; probability 60%.').waitFor();
    await timeline.getByText('Moved from Proposal to Negotiation').waitFor();

    // Two planned receipts: one already past its due date, one due later.
    const receipt = pane.getByRole('form', { name: 'Add planned receipt' });
    // Side by side in the narrow pane, the number's box stays level with the amount's, though its label takes two lines.
    const top = async (name) => (await receipt.getByRole('textbox', { name }).boundingBox())?.y;
    assert.equal(await top('Invoice or contract number'), await top('Amount'));
    const addReceipt = async (number, amount, issued, due) => {
      await receipt.getByRole('textbox', { name: 'Invoice or contract number' }).fill(number);
      await receipt.getByRole('textbox', { name: 'Amount' }).fill(amount);
      await receipt.getByRole('combobox', { name: 'Issue date' }).fill(issued);
      await receipt.getByRole('combobox', { name: 'Due date' }).fill(due);
      await receipt.getByRole('button', { name: 'Add planned receipt' }).click();
      await pane.getByText(`Planned receipt ${number} added.`).waitFor();
    };
    await addReceipt('INV-101', '10 000', dates.issued, dates.due);
    await addReceipt('INV-102', '2000,50', dates.today, dates.later);

    // Part of the overdue one is paid today.
    const payment = pane.getByRole('form', { name: 'Record payment' });
    await payment.getByRole('combobox', { name: 'Planned receipt' }).selectOption({ index: 0 });
    await payment.getByRole('textbox', { name: 'Amount' }).fill('4 000');
    await payment.getByRole('button', { name: 'Record payment' }).click();
    await pane.getByText('Payment recorded.').waitFor();

    // Closed as Refusal: the reason is required, and the stage it happened at is kept.
    await pane.getByRole('button', { name: 'Close as Refusal' }).click();
    const refusal = pane.getByRole('form', { name: 'Close as Refusal' });
    await refusal.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'Did not understand the benefits' });
    await refusal.getByRole('button', { name: 'Record refusal' }).click();
    await pane.getByText('At stage Negotiation.').waitFor();
    await timeline.getByText('Closed as Refusal at Negotiation: Did not understand the benefits').waitFor();

    // The card: invoiced 12 000.50, paid 4 000, outstanding 8 000.50, of which 6 000 overdue.
    const summary = pane.getByRole('region', { name: 'Planned receipts' }).getByLabel('Receivables in UAH');
    await summary.waitFor();
    assert.equal(await figure(summary, 'Invoiced'), 'UAH 12,000.50');
    assert.equal(await figure(summary, 'Paid'), 'UAH 4,000.00');
    assert.equal(await figure(summary, 'Outstanding'), 'UAH 8,000.50');
    assert.equal(await figure(summary, 'Overdue'), 'UAH 6,000.00');
    const receipts = pane.getByRole('list', { name: 'Planned receipts' }).getByRole('listitem');
    assert.match(plain(await receipts.first().innerText()), /INV-101.*Overdue.*Partly paid/);
    assert.doesNotMatch(plain(await receipts.nth(1).innerText()), /Overdue/);
    // The narrow pane (360 px in the demo) never scrolls sideways on the deal card: the elements that would are named.
    const wide = await paneFrame(page).evaluate(() => {
      const main = document.querySelector('main');
      if (!main || main.scrollWidth <= main.clientWidth) return [];
      const right = main.getBoundingClientRect().right;
      return [...main.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > right + 1)
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 1).join('.')} "${(e.textContent ?? '').slice(0, 40)}"`);
    });
    assert.deepEqual(wide, [], 'nothing on the deal card is wider than the pane');

    // The client's Deals tab: the refused deal among the closed ones, and the same receivables.
    await pane.getByRole('button', { name: 'Deal of Fabrikam Logistics' }).click();
    await pane.getByRole('heading', { name: 'Fabrikam Logistics', level: 1 }).waitFor();
    await openClientTab(pane, 'Deals');
    const closed = pane.getByRole('list', { name: 'Won and refused' });
    assert.match(plain(await closed.getByRole('button', { name: 'Open deal Demo next week?' }).innerText()), /Refusal/);
    const tabSummary = pane.getByLabel('Receivables in UAH');
    assert.equal(await figure(tabSummary, 'Outstanding'), 'UAH 8,000.50');
    assert.equal(await figure(tabSummary, 'Overdue'), 'UAH 6,000.00');
  }));

test('in Ukrainian at 320 to 400 px a line’s price shows whole beside its currency, and a planned receipt’s Edit and Delete stay side by side', () =>
  withEvidence(page, 'deals-line-boxes', async () => {
    await openDemo(page);
    await page.getByRole('combobox', { name: 'Display language' }).selectOption('uk-UA');
    const pane = await openDemo(page, { language: 'uk' });
    const narrow = async (width) => {
      await page.getByTestId('demo-taskpane').evaluate((frame, px) => Object.assign(frame.style, { width: `${px}px`, minWidth: `${px}px`, maxWidth: `${px}px` }), width);
      await paneFrame(page).evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
    };
    await selectMessage(page, SUBJECT);
    await pane.getByRole('button', { name: 'Створити угоду з цього листа' }).click();
    await pane.getByRole('heading', { name: 'Demo next week?', level: 1 }).waitFor();

    // An overdue, partly paid planned receipt: two long badges beside its buttons.
    const dates = await page.evaluate(() => {
      const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return { issued: iso(new Date(Date.now() - 20 * 86_400_000)), due: iso(new Date(Date.now() - 5 * 86_400_000)) };
    });
    const receipt = pane.getByRole('form', { name: 'Додати планове надходження' });
    await receipt.getByRole('textbox', { name: 'Номер рахунку чи договору' }).fill('INV-2027-01');
    await receipt.getByRole('textbox', { name: 'Сума' }).fill('10 000');
    await receipt.getByRole('combobox', { name: 'Дата виставлення' }).fill(dates.issued);
    await receipt.getByRole('combobox', { name: 'Сплатити до' }).fill(dates.due);
    await receipt.getByRole('button', { name: 'Додати планове надходження' }).click();
    await pane.getByText('Планове надходження INV-2027-01 додано.').waitFor();
    const payment = pane.getByRole('form', { name: 'Записати оплату' });
    await payment.getByRole('textbox', { name: 'Сума' }).fill('2 500');
    await payment.getByRole('button', { name: 'Записати оплату' }).click();
    await pane.getByText('Оплату записано.').waitFor();
    const row = pane.getByRole('list', { name: 'Планові надходження' }).getByRole('listitem').first();
    await row.getByText('Сплачено частково').waitFor();
    for (const width of [360, 320]) {
      await narrow(width);
      const edit = await row.getByRole('button', { name: 'Змінити планове надходження INV-2027-01' }).boundingBox();
      const remove = await row.getByRole('button', { name: 'Видалити планове надходження INV-2027-01' }).boundingBox();
      assert.equal(remove.y, edit.y, `${width} px: Delete on Edit’s line, not wrapped alone onto the next`);
      assert.ok(remove.x > edit.x, `${width} px: Delete just after Edit`);
    }

    await pane.getByRole('button', { name: 'Редагувати угоду' }).click();
    await pane.getByRole('button', { name: 'Додати позицію' }).click();
    const line = pane.getByRole('listitem', { name: 'Позиція 1' });
    const price = line.getByRole('textbox', { name: 'Ціна за одиницю' });
    await price.fill('123 456,70');
    for (const width of [400, 320]) {
      await narrow(width);
      // The whole price fits its box, the currency beside it: none of it scrolled out of sight.
      const fits = await price.evaluate((input) => input.scrollWidth <= input.clientWidth);
      assert.ok(fits, `${width} px: "123 456,70" shows whole in the price box`);
      const box = async (name) => line.getByRole('textbox', { name }).boundingBox();
      const [quantity, discount, priceBox] = [await box('Кількість'), await box('Знижка, %'), await price.boundingBox()];
      assert.equal(discount.y, quantity.y, `${width} px: the discount box level with the quantity box`);
      for (const other of [quantity, discount]) assert.equal(other.height, priceBox.height, `${width} px: as tall as the price box`);
    }
  }));

test('a deal created by mistake is deleted with its planned receipt: back on the client’s Deals with a notice, the focus on its deals, and the pane readable again', () =>
  withEvidence(page, 'deals-delete', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('combobox', { name: /^(Display language|Мова інтерфейсу)$/ }).selectOption('uk-UA');
    const pane = await openDemo(page, { language: 'uk' });
    await selectMessage(page, SUBJECT);
    await pane.getByRole('button', { name: 'Створити угоду з цього листа' }).click();
    await pane.getByRole('heading', { name: 'Demo next week?', level: 1 }).waitFor();
    const receipt = pane.getByRole('form', { name: 'Додати планове надходження' });
    await receipt.getByRole('textbox', { name: 'Номер рахунку чи договору' }).fill('INV-MISTAKE');
    await receipt.getByRole('textbox', { name: 'Сума' }).fill('1 000');
    await receipt.getByRole('combobox', { name: 'Сплатити до' }).fill('2030-01-31');
    await receipt.getByRole('button', { name: 'Додати планове надходження' }).click();
    await pane.getByText('Планове надходження INV-MISTAKE додано.').waitFor();

    await pane.getByRole('button', { name: 'Видалити угоду' }).click();
    const dialog = pane.getByRole('dialog', { name: 'Видалити угоду «Demo next week?»?' });
    await dialog.getByText('Разом з нею буде видалено 1 планове надходження.', { exact: false }).waitFor();
    const cancel = dialog.getByRole('button', { name: 'Скасувати' });
    await assertFocused(cancel, 'the question opens on Cancel');
    await dialog.getByRole('button', { name: 'Видалити угоду' }).click();

    await pane.getByText('Угоду «Demo next week?» видалено.').waitFor();
    await pane.getByRole('tab', { name: 'Угоди', selected: true }).waitFor();
    // Found by role: the dialog left nothing of the pane hidden from screen readers.
    await assertFocused(pane.getByRole('heading', { name: 'Відкриті угоди', level: 2 }), 'the focus on the client’s open deals');
    assert.equal(await pane.getByText('INV-MISTAKE').count(), 0);
  }));

/** Waits until the element has the keyboard focus. */
async function assertFocused(locator, what) {
  await locator.waitFor();
  for (let i = 0; i < 50 && !(await locator.evaluate((e) => e === document.activeElement)); i += 1) await new Promise((r) => setTimeout(r, 50));
  assert.ok(await locator.evaluate((e) => e === document.activeElement), what);
}
