/* The browser and page most e2e test files share, opened and closed around the file's tests. */
import { after, before } from 'node:test';
import { openBrowser } from './browser.mjs';

/**
 * Opens a browser (a fresh profile) and a page in it, with a 15 s default timeout, before the
 * file's first test, and closes the browser after its last; `opened` receives both.
 */
export function browserForFile(opened, options) {
  let browser;
  before(async () => {
    browser = await openBrowser(options);
    const page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    opened({ browser, page });
  });
  after(() => browser?.close());
}
