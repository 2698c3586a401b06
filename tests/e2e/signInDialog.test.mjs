/*
 * The Office dialog sign-in on the production bundle, with the real MSAL 5: auth-dialog.html
 * redirects to Entra ID, Entra ID answers to auth-bridge.html, the bridge hands the answer back to
 * the dialog page, MSAL redeems the code, and the page sends the token to the pane through
 * messageParent. Entra ID is a stand-in (routed in the browser: no network); Office is a stand-in
 * giving the page onReady and messageParent.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, openBrowser } from './support/browser.mjs';
import { CLIENT_ID, SCOPE, TENANT, standInEntraId } from './support/standInEntraId.mjs';

/** Opens auth-dialog.html as Outlook's dialog would, and resolves with what it sends to the pane. */
async function runDialog(context) {
  const page = await context.newPage();
  const sent = [];
  const pages = [];
  let received;
  const message = new Promise((resolve) => (received = resolve));
  await page.exposeFunction('clientbookMessageParent', (text) => {
    sent.push(text);
    received(text);
  });
  await page.route('**/office-js/office.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'window.Office = { onReady: () => Promise.resolve({ host: "Outlook" }), context: { ui: { messageParent: (m) => window.clientbookMessageParent(m) } } };',
    }),
  );
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) pages.push(new URL(frame.url()).pathname);
  });
  const query = new URLSearchParams({ clientId: CLIENT_ID, tenant: TENANT, scopes: SCOPE });
  await page.goto(`${baseUrl()}/auth-dialog.html?${query}`);
  const text = await Promise.race([
    message,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no message from the dialog; pages: ${pages.join(' → ')}`)), 20_000)),
  ]);
  return { page, message: JSON.parse(text), sent, pages };
}

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

test('the dialog signs in through Entra ID and the redirect bridge, and sends only the token to the pane', async () => {
  const context = browser.context;
  const seen = await standInEntraId(context);

  const { page, message, sent, pages } = await runDialog(context);

  assert.equal(message.status, 'token', JSON.stringify(message));
  assert.equal(message.accessToken, 'graph-access-token');
  assert.ok(Math.abs(message.expiresOn - (Date.now() + 3_600_000)) < 120_000, 'expiry about an hour ahead');
  assert.equal(sent.length, 1);
  // Entra ID answered to the bridge page, which handed the answer back to the dialog page.
  assert.deepEqual(pages.filter((p) => p.endsWith('.html')), ['/auth-dialog.html', '/auth-bridge.html', '/auth-dialog.html']);
  const [authorize] = seen.authorize;
  assert.equal(authorize.client_id, CLIENT_ID);
  assert.equal(authorize.redirect_uri, `${baseUrl()}/auth-bridge.html`);
  assert.equal(authorize.code_challenge_method, 'S256');
  assert.deepEqual(authorize.scope.split(' ').sort(), [SCOPE, 'offline_access', 'openid', 'profile'].sort());
  assert.equal(seen.token.length, 1);
  assert.ok(seen.token[0].code_verifier, 'PKCE verifier sent with the code');
  // Clientbook writes no token to storage it owns; MSAL's own cache is in sessionStorage.
  const localStorageText = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  assert.ok(!localStorageText.includes('graph-access-token'), 'no token in localStorage');
  await page.close();
  await context.unrouteAll();
});

test('a user who declines at Entra ID is reported to the pane as cancelled', async () => {
  const context = browser.context;
  await standInEntraId(context, { declines: true });

  const { page, message } = await runDialog(context);

  assert.equal(message.status, 'error');
  assert.equal(message.reason, 'cancelled');
  assert.equal(message.code, 'access_denied');
  await page.close();
  await context.unrouteAll();
});
