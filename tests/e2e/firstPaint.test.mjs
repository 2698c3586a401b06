/*
 * The pane opened on a message from a known client, as Outlook opens it on the selected message:
 * the client's card shows before the app has started (the first paint, drawn from IndexedDB), and
 * the app then takes its place without the card ever leaving the screen, leaving one card.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl } from './support/browser.mjs';
import { browserForFile } from './support/browserForFile.mjs';
import { openDemo, paneFrame, paneOf, withEvidence } from './support/demo.mjs';

const CLIENT = 'Contoso Ltd';
let page;
browserForFile((opened) => ({ page } = opened));

/**
 * Runs in the pane's frame before its scripts: when the card's name and the app's "Log email"
 * first show, whether the app was still starting behind the card then (its frame inert), and
 * whether the name ever left the screen.
 */
function watchTheCard({ client, appText }) {
  if (window === window.top) return;
  const seen = { cardAt: null, appAt: null, appBehindCard: false, cardLeft: false, cardLook: null };
  window.__firstPaint = seen;
  const check = () => {
    if (!document.body) return;
    // innerText leaves out what is hidden: the app's frame while it starts behind the first paint.
    const text = document.body.innerText;
    const card = text.includes(client);
    if (card && seen.cardAt === null) {
      seen.cardAt = performance.now();
      seen.appBehindCard = document.querySelector('[inert]') !== null;
      seen.cardLook = window.__cardLook(client);
    }
    if (!card && seen.cardAt !== null) seen.cardLeft = true;
    if (seen.appAt === null && text.includes(appText)) seen.appAt = performance.now();
  };
  // Where the card's name and button are and what colours the card has: the app's card must match.
  window.__cardLook = (name) => {
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === name && h.closest('[inert]') === null);
    const card = heading?.closest('[role="group"]');
    const button = card?.querySelector('button');
    if (!heading || !card || !button) return null;
    const box = (e) => e.getBoundingClientRect().toJSON();
    const { backgroundColor, color, boxShadow, fontFamily } = getComputedStyle(card);
    return { heading: box(heading), button: box(button), card: box(card), colours: { backgroundColor, color, boxShadow, fontFamily } };
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

test('a pane opened on a known client’s message shows the card first, then the app takes over without it blinking', () =>
  withEvidence(page, 'first-paint', async () => {
    // The first start makes and seeds the demo store; the first paint needs a store to read.
    await openDemo(page);
    await page.context().addInitScript(watchTheCard, { client: CLIENT, appText: 'Log email' });

    await page.goto(`${baseUrl()}/?message=demo-thread-1`);
    const pane = paneOf(page);
    await pane.getByRole('button', { name: 'Log email' }).waitFor();
    await pane.getByRole('heading', { name: CLIENT }).waitFor();

    const seen = await paneFrame(page).evaluate(() => window.__firstPaint);
    assert.ok(seen.cardAt !== null && seen.appAt !== null, `card at ${seen.cardAt}, app at ${seen.appAt}`);
    assert.ok(seen.cardAt < seen.appAt, `the card showed at ${Math.round(seen.cardAt)} ms, not before the app (${Math.round(seen.appAt)} ms)`);
    assert.equal(seen.appBehindCard, true, 'the card was drawn by the app itself, not before it');
    assert.equal(seen.cardLeft, false, 'the card left the screen during the hand-over');
    // The app's card stands where the first one stood, looking the same.
    const appLook = await paneFrame(page).evaluate((name) => window.__cardLook(name), CLIENT);
    assert.ok(seen.cardLook, 'the first card was not found');
    assert.deepEqual(seen.cardLook.colours, appLook.colours);
    for (const part of ['heading', 'button']) {
      for (const side of ['x', 'y', 'width', 'height']) {
        assert.ok(Math.abs(seen.cardLook[part][side] - appLook[part][side]) <= 1, `the card's ${part} moved: ${side} ${seen.cardLook[part][side]} → ${appLook[part][side]}`);
      }
    }
    // One card remains: the first paint is gone, and the app's frame is no longer hidden or inert.
    assert.equal(await pane.getByRole('heading', { name: CLIENT }).count(), 1);
    assert.equal(await paneFrame(page).evaluate(() => document.querySelector('[inert]') === null), true);
    await pane.getByRole('button', { name: 'Open card' }).first().click();
    await pane.getByRole('tablist', { name: 'Client sections' }).waitFor();
  }));
