/*
 * At 320 px, the narrowest Outlook gives the pane, a record's edit button stays on its title's first
 * line however long the title: the title wraps in the room left, rather than the button dropping
 * onto a line of its own under it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile } from './support/browserForFile.mjs';
import { messageInList, openClientTab, openDemo } from './support/demo.mjs';

let page;
let pane;
browserForFile((opened) => ({ page } = opened), { viewport: { width: 1100, height: 900 } });

/**
 * The title and its button measured in one frame, once two frames agree: the pane scrolls the new
 * record into view after saving, and a title measured before the scroll and a button after it
 * would disagree by the scroll.
 */
async function settledBoxes(item, title, button) {
  const titleEl = item.getByText(title, { exact: true });
  const buttonEl = item.getByRole('button', { name: button });
  await buttonEl.waitFor();
  const buttonHandle = await buttonEl.elementHandle();
  const measure = () =>
    titleEl.evaluate((t, b) => {
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      return new Promise((resolve) =>
        requestAnimationFrame(() => resolve({ t: box(t), b: box(b), lineHeight: parseFloat(getComputedStyle(t).lineHeight) })),
      );
    }, buttonHandle);
  let last = await measure();
  for (let i = 0; i < 50; i += 1) {
    const next = await measure();
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

/** The edit button's middle lies within the first line of the title, to its right. */
async function expectBesideTitle(item, title, button) {
  const { t, b, lineHeight } = await settledBoxes(item, title, button);
  assert.ok(t.height > lineHeight, `"${title}" is long enough to wrap at 320 px`);
  const middle = b.y + b.height / 2;
  assert.ok(middle > t.y && middle < t.y + lineHeight + 8, `${button}: beside the title's first line (title ${t.y}..${t.y + lineHeight}, button middle ${middle})`);
  assert.ok(b.x >= t.x + t.width - 1, `${button}: right of the title`);
}

test('the edit button stays beside a long title at 320 px', async () => {
  pane = await openDemo(page);
  await page.getByTestId('demo-taskpane').evaluate((f) => Object.assign(f.style, { width: '320px', minWidth: '320px', maxWidth: '320px' }));

  await messageInList(page, /Olivia Bennett.*Quote request: spare parts for 2027/).first().click();
  await pane.getByRole('button', { name: /^Open card of Contoso/ }).first().click();
  await openClientTab(pane, 'Service cases');
  await pane.getByRole('button', { name: 'Open service case' }).click();
  const title = 'Pump noise on line 2 after the bearing change';
  await pane.getByRole('form', { name: 'New service case' }).getByRole('textbox', { name: /Title/ }).fill(title);
  await pane.getByRole('form', { name: 'New service case' }).getByRole('button', { name: 'Open service case' }).click();
  await expectBesideTitle(pane.getByRole('listitem', { name: title }), title, `Edit ${title}`);

  await pane.getByRole('button', { name: 'Settings' }).click();
  await pane.getByRole('button', { name: 'Campaigns' }).click();
  const campaign = pane.getByRole('listitem', { name: 'Webinar: saving energy in pumping' });
  await expectBesideTitle(campaign, 'Webinar: saving energy in pumping', 'Edit Webinar: saving energy in pumping');
});
