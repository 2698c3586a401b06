/*
 * The core inbox flow in the demo, as a manager does it: an email from an unknown sender becomes a
 * client, the email is logged once, a call is recorded, the next contact is planned for today and
 * shows in the day's plan, and a reload keeps it all.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile } from './support/browserForFile.mjs';
import { messageInList, openClientTab, openDemo, selectMessage, withEvidence } from './support/demo.mjs';

const SUBJECT = /Request for proposal: 40 workstations/;
let browser;
let page;
browserForFile((opened) => ({ browser, page } = opened));

const historyEntries = (pane) => pane.getByRole('list', { name: 'History' }).getByRole('listitem');

test('unknown sender → client → logged once → call recorded → next contact in the day plan, kept on reload', () =>
  withEvidence(page, 'inbox-flow', async () => {
  let pane = await openDemo(page);
  await selectMessage(page, SUBJECT);

  // Unknown sender: "Create client" opens a form prefilled from the message.
  await pane.getByText('Unknown sender: not in Clientbook yet').waitFor();
  await pane.getByRole('button', { name: 'Create client from Mark Davies' }).click();
  const form = pane.getByRole('form', { name: 'New client' });
  await form.waitFor();
  // The company as its signature names it ("Litware Inc."), not only as its domain does.
  assert.equal(await form.getByRole('textbox', { name: 'Client name' }).inputValue(), 'Litware Inc.');
  assert.equal(await form.getByRole('textbox', { name: 'Contact name' }).inputValue(), 'Mark Davies');
  assert.equal(await form.getByRole('textbox', { name: 'Contact email' }).inputValue(), 'mark.davies@litware.com');
  assert.equal(await form.getByRole('textbox', { name: 'Email domains' }).inputValue(), 'litware.com');
  // "We found you at the Kyiv IT Expo", and the sender wrote to us.
  assert.equal(await form.getByRole('combobox', { name: 'Lead source' }).evaluate((s) => s.selectedOptions[0]?.textContent), 'Exhibition');
  assert.equal(await form.getByRole('combobox', { name: 'Trigger' }).evaluate((s) => s.selectedOptions[0]?.textContent), 'Wrote to us');
  await form.getByRole('button', { name: 'Save client' }).click();

  // Saved, the pane returns to the message: the sender is now a contact of the new client, and the email can be logged.
  await pane.getByText('Contact of Litware Inc.').waitFor();

  // A second window on the same mailbox (a second Outlook) has the same message open.
  const second = await browser.context.newPage();
  const secondPane = await openDemo(second);
  await selectMessage(second, SUBJECT);
  const secondLog = secondPane.getByRole('region', { name: 'Log email' }).getByRole('button', { name: 'Log email' });
  await secondLog.waitFor();

  const logSection = pane.getByRole('region', { name: 'Log email' });
  await logSection.getByRole('button', { name: 'Log email' }).click();
  await logSection.getByText('Logged to Litware Inc.').waitFor();
  assert.ok(await logSection.getByRole('button', { name: 'Logged' }).isDisabled(), 'a logged message cannot be logged again here');
  await messageInList(page, SUBJECT).getByText('Clientbook').waitFor();

  // Logging again from the second pane, which opened the message before it was logged, adds
  // nothing: whether that pane already shows it logged or its button is still live and clicked.
  const secondButton = secondPane.getByRole('region', { name: 'Log email' }).getByRole('button', { name: /^(Log email|Logged)$/ });
  if (await secondButton.isEnabled()) await secondButton.click();
  await secondPane.getByText('Already logged').waitFor();
  await second.close();

  // Selecting it again in the first window: the pane says it is already logged.
  await selectMessage(page, /Question about your products/);
  await selectMessage(page, SUBJECT);
  await pane.getByText('Already logged').waitFor();
  await pane.getByRole('button', { name: 'Open card of Litware Inc.' }).or(pane.getByRole('button', { name: 'Open card' })).first().click();
  await pane.getByRole('tab', { name: 'History', exact: true }).click();
  await historyEntries(pane).first().waitFor();
  assert.equal(await historyEntries(pane).count(), 1, 'the email is in the history once');
  assert.match(await historyEntries(pane).first().innerText(), /Request for proposal: 40 workstations/);

  // Record a call, then plan the next contact for today.
  await pane.getByRole('button', { name: 'Record contact' }).click();
  const record = pane.getByRole('form', { name: 'Record contact' });
  await record.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Call' });
  await record.getByRole('textbox', { name: 'What happened' }).fill('Called Mark about the 40 workstations; he wants a quote with three-year service.');
  await record.getByRole('textbox', { name: 'Outcome' }).fill('Quote requested');
  await record.getByRole('button', { name: 'Save' }).click();
  await pane.getByText('Contact recorded.').waitFor();
  await pane.getByText('Called Mark about the 40 workstations', { exact: false }).waitFor();
  assert.equal(await historyEntries(pane).count(), 2);

  const plan = pane.getByRole('form', { name: 'Plan next contact' });
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await plan.getByRole('combobox', { name: 'Date' }).fill(today);
  await plan.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Call' });
  await plan.getByRole('textbox', { name: 'Note' }).fill('Send the quote and confirm the delivery date.');
  await plan.getByRole('button', { name: 'Plan next contact' }).click();
  await pane.getByText(/Next contact planned for/).waitFor();

  // The day's plan (home, no message selected) shows it.
  const dayPlanShowsLitware = async () => {
    const dayPlan = pane.getByRole('region', { name: 'Today’s plan' });
    await dayPlan.getByRole('button', { name: 'Open the card of Litware Inc.' }).waitFor();
    assert.match(await dayPlan.innerText(), /Send the quote and confirm the delivery date\./);
  };
  await page.reload();
  pane = await openDemo(page);
  assert.equal(await pane.getByRole('region', { name: 'In this conversation' }).count(), 0, 'no message is selected after a reload');
  await dayPlanShowsLitware();

  // A reload keeps everything: the logged mark, the client, its contact and both history entries.
  await messageInList(page, SUBJECT).getByText('Clientbook').waitFor();
  await selectMessage(page, SUBJECT);
  await pane.getByText('Already logged').waitFor();
  await pane.getByRole('button', { name: 'Open card of Litware Inc.' }).or(pane.getByRole('button', { name: 'Open card' })).first().click();
  await pane.getByRole('tab', { name: 'Contacts', exact: true }).click();
  await pane.getByText('mark.davies@litware.com').first().waitFor();
  await pane.getByRole('tab', { name: 'History', exact: true }).click();
  await historyEntries(pane).nth(1).waitFor();
  assert.equal(await historyEntries(pane).count(), 2);
  await openClientTab(pane, 'Next contacts');
  await pane.getByText('Send the quote and confirm the delivery date.').waitFor();
}));

test('a contact note typed on one message is kept while another is read, and is there again, the keyboard in its field', () =>
  withEvidence(page, 'inbox-flow-kept-draft', async () => {
    const pane = await openDemo(page);
    const demo = /Demo next week\?/;
    await selectMessage(page, demo);
    await pane.getByRole('button', { name: 'Record contact' }).click();
    const record = pane.getByRole('form', { name: 'Record contact' });
    await record.getByRole('textbox', { name: 'What happened' }).fill('Daniel wants the tracking module shown on Tuesday.');
    await record.getByRole('textbox', { name: 'Outcome' }).click();
    await page.keyboard.type('Demo agreed');

    // Outlook moves on without asking: the other message's card says the note is kept.
    await selectMessage(page, /Price list request for our spring catalogue/);
    const notice = pane.getByText('Your unsaved contact note for “Demo next week?” is kept — open that message again to finish it.');
    await notice.waitFor();

    await selectMessage(page, demo);
    await record.waitFor();
    assert.equal(await record.getByRole('textbox', { name: 'What happened' }).inputValue(), 'Daniel wants the tracking module shown on Tuesday.');
    assert.equal(await record.getByRole('textbox', { name: 'Outcome' }).inputValue(), 'Demo agreed');
    // The message list kept the keyboard; back in the pane, it is in the field it was in.
    await record.getByRole('heading', { name: 'Record contact' }).click();
    assert.equal(await record.getByRole('textbox', { name: 'Outcome' }).evaluate((field) => field === document.activeElement), true);

    // Discarded from the other message, it is gone.
    await selectMessage(page, /Price list request for our spring catalogue/);
    await pane.getByRole('button', { name: 'Discard' }).click();
    await notice.waitFor({ state: 'detached' });
    await selectMessage(page, demo);
    await pane.getByRole('button', { name: 'Record contact' }).waitFor();
    assert.equal(await record.count(), 0, 'the discarded note does not come back');
  }));
