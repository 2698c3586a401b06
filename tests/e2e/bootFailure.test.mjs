/*
 * A pane that cannot start says so in a real browser instead of staying blank: the failure screen,
 * whose code loads only then, or plain text when the pane's own chunks cannot arrive either.
 */
import { after, before, test } from 'node:test';
import { baseUrl, openBrowser } from './support/browser.mjs';
import { paneOf, withEvidence } from './support/demo.mjs';

let browser;
let page;

const inPane = (request) => {
  try {
    return new URL(request.frame().url()).pathname.endsWith('/taskpane.html');
  } catch {
    // A request no frame made (a worker's) is not the pane's.
    return false;
  }
};

before(async () => {
  browser = await openBrowser();
  // The pane runs without IndexedDB, as in a private window whose settings block it.
  await browser.context.addInitScript(() => {
    if (location.pathname.endsWith('/taskpane.html')) Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
});
after(() => browser?.close());

test('a pane whose storage is blocked explains why and offers a reload', () =>
  withEvidence(page, 'boot-failure', async () => {
    await page.goto(`${baseUrl()}/`);
    const pane = paneOf(page);
    await pane.getByRole('heading', { name: 'Clientbook could not start' }).waitFor();
    await pane.getByText(/Private \(InPrivate\) windows and some privacy settings block it/).waitFor();
    await pane.getByRole('button', { name: 'Reload' }).waitFor();
  }));

test("a pane whose chunks cannot arrive still says it could not start, in plain text", () =>
  withEvidence(page, 'boot-failure-no-chunks', async () => {
    await page.route('**/chunks/*.js', (route) => (inPane(route.request()) ? route.abort() : route.continue()));
    await page.goto(`${baseUrl()}/`);
    const pane = paneOf(page);
    await pane.getByRole('heading', { name: 'Clientbook could not start' }).waitFor();
    await pane.getByText('Reload the pane to try again.').waitFor();
    await pane.getByRole('button', { name: 'Reload' }).waitFor();
  }));
