/*
 * Mailings in the demo, as a manager does it: a template written in the editor, inserted into a
 * message being written (filled for its recipient), then a bulk mailing to a segment of 50
 * clients that lands as 50 sent messages and 50 history entries. The mailbox's 30-a-minute pace
 * holds, so the run takes a little over a minute.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { browserForFile } from './support/browserForFile.mjs';
import { openDemo, PANE_TITLE, paneFrame, withEvidence } from './support/demo.mjs';

const SEGMENT = 50;
let page;
browserForFile((opened) => ({ page } = opened));

/** 50 consenting clients in one segment (region Other, industry Education), written straight into the pane's IndexedDB. */
function seedSegment(count) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('clientbook');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['clients', 'contacts'], 'readwrite');
      const at = new Date().toISOString();
      for (let i = 0; i < count; i++) {
        const n = String(i).padStart(2, '0');
        tx.objectStore('clients').put({
          id: `e2e-client-${n}`, name: `Segment Client ${n}`, status: 'prospect',
          address: { street: '', city: '', postalCode: '', country: '' }, phone: '', website: '',
          region: 'other', industry: 'education', leadSource: '', trigger: '', impression: null, purchaseProbability: null,
          domains: [`segment${n}.example`], owner: '', mailingConsent: 'granted', notes: '', createdAt: at, updatedAt: at,
        });
        tx.objectStore('contacts').put({
          id: `e2e-contact-${n}`, clientId: `e2e-client-${n}`, name: `Iryna Segment${n}`, position: '',
          emails: [`iryna@segment${n}.example`], phones: [], createdAt: at, updatedAt: at,
        });
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

// Fluent's tabster focus guards are a known axe false positive (see accessibility.test.mjs).
const isTabsterDummy = (rule, html) => rule === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(html);

/** Serious and critical axe violations in the pane, one line per rule. */
async function paneViolations() {
  const results = await new AxeBuilder({ page }).include([`iframe[title="${PANE_TITLE.en}"]`, 'body']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`);
}

function countMailingHistory() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('clientbook');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('history').objectStore('history').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result.filter((h) => h.type === 'mailing' && h.clientId.startsWith('e2e-client-')).length);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

test('template → inserted into a message being written → bulk mailing to a segment of 50: 50 sent, 50 history entries', { timeout: 170_000 }, () =>
  withEvidence(page, 'mailings', async () => {
    const pane = await openDemo(page);
    await paneFrame(page).evaluate(seedSegment, SEGMENT);

    // A template with a merge field and a fallback, written in the rich-text editor.
    await pane.getByRole('button', { name: 'Mailings' }).click();
    await pane.getByRole('button', { name: 'New template' }).click();
    await pane.getByRole('textbox', { name: 'Name' }).fill('Autumn offer');
    await pane.getByRole('textbox', { name: 'Subject' }).fill('Offer for {{client.name}}');
    const body = pane.getByTestId('template-body');
    await body.click();
    await body.pressSequentially('Dear {{contact.firstName|colleague}}, our autumn prices are ready.');
    await pane.getByTestId('template-preview').getByText('Dear colleague, our autumn prices are ready.').waitFor();
    assert.deepEqual(await paneViolations(), [], 'template editor');
    await pane.getByRole('button', { name: 'Save' }).click();
    await pane.getByRole('button', { name: 'Edit: Autumn offer' }).waitFor();
    assert.deepEqual(await paneViolations(), [], 'template list');

    // A message being written to a client's contact: the template is filled for her and inserted.
    await page.getByRole('button', { name: 'New message' }).click();
    const compose = page.getByTestId('demo-compose');
    await compose.getByRole('textbox', { name: 'To' }).fill('iryna@segment07.example');
    await pane.getByRole('button', { name: 'Insert into message: Autumn offer', exact: true }).click();
    await pane.getByText('Template inserted for iryna@segment07.example.').waitFor();
    assert.equal(await compose.getByRole('textbox', { name: 'Subject' }).inputValue(), 'Offer for Segment Client 07');
    const draftBody = page.frameLocator('[data-testid="demo-compose-body"]').locator('body');
    await draftBody.getByText('Dear Iryna, our autumn prices are ready.').waitFor();
    await compose.getByRole('button', { name: 'Discard' }).click();

    // Bulk mailing to the segment: the count, then paced sending to the end.
    await pane.getByRole('tab', { name: 'Bulk mailing' }).click();
    await pane.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Autumn offer' });
    await pane.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Other' });
    await pane.getByRole('combobox', { name: 'Industry' }).selectOption({ label: 'Education' });
    await pane.getByTestId('audience-count').getByText(`${SEGMENT} recipients`).waitFor();
    await pane.getByRole('button', { name: 'Send mailing' }).click();
    await pane.getByRole('dialog', { name: `Send “Autumn offer” to ${SEGMENT} recipients from your mailbox?` }).getByRole('button', { name: 'Send', exact: true }).click();
    const card = pane.getByTestId('mailing-card');
    await card.getByText(/^30 of 50 sent|Waiting for the mailbox limit/).first().waitFor({ timeout: 30_000 });
    await card.getByText(`${SEGMENT} of ${SEGMENT} sent`).waitFor({ timeout: 120_000 });
    await card.getByText('Done').waitFor();
    assert.deepEqual(await paneViolations(), [], 'bulk mailing');

    const sent = await page.evaluate(() => window.__clientbookDemo.messages('sent').filter((m) => m.subject.startsWith('Offer for Segment Client')));
    assert.equal(sent.length, SEGMENT);
    assert.ok(sent.every((m) => m.body.content.includes('unsubscribe')), 'every mailing carries the opt-out line');
    assert.equal(await paneFrame(page).evaluate(countMailingHistory), SEGMENT);
  }));

test('template editor: ArrowDown on the merge-field select browses its fields, Enter inserts the one shown', { timeout: 60_000 }, () =>
  withEvidence(page, 'mailings-merge-field-keys', async () => {
    const pane = await openDemo(page);
    await pane.getByRole('button', { name: 'Mailings' }).click();
    await pane.getByRole('button', { name: 'New template' }).click();
    const body = pane.getByTestId('template-body');
    await body.click();
    await body.pressSequentially('Dear ');
    const select = pane.getByRole('combobox', { name: 'Insert merge field' });
    await select.focus();
    const focused = () => paneFrame(page).evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);

    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'Insert merge field', 'ArrowDown keeps focus on the select (before: it moved to Bold)');
    const first = await select.inputValue();
    assert.notEqual(first, '', 'ArrowDown chose the first field');
    await page.keyboard.press('ArrowDown');
    const second = await select.inputValue();
    assert.notEqual(second, first, 'a second ArrowDown chose the next field');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), 'Insert merge field', 'ArrowUp keeps focus on the select (before: it moved to Bulleted list)');
    assert.equal(await select.inputValue(), first);
    assert.doesNotMatch(await body.innerHTML(), /\{\{/, 'browsing inserts nothing');

    await page.keyboard.press('Enter');
    await body.getByText(`Dear {{${first}}}`).waitFor();
    assert.doesNotMatch(await body.innerHTML(), /<(strong|em|ul)\b/, 'no formatting was toggled');
    assert.equal(await select.inputValue(), '');
  }));
