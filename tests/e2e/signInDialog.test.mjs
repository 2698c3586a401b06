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

const TENANT = 'contoso.onmicrosoft.com';
const TENANT_ID = '72f988bf-0000-4000-8000-2d7cd011db47';
const CLIENT_ID = '0a1b2c3d-0000-4000-8000-00000000c11e';
const SCOPE = 'https://graph.microsoft.com/Sites.ReadWrite.All';
const LOGIN = 'https://login.microsoftonline.com';

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Routes login.microsoftonline.com to a minimal Entra ID: metadata, authorize, token. */
async function standInEntraId(context, { declines = false } = {}) {
  const seen = { authorize: [], token: [] };
  let nonce = '';
  await context.route(`${LOGIN}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': 'GET, POST' };
    const json = (body) => route.fulfill({ status: 200, contentType: 'application/json', headers: cors, body: JSON.stringify(body) });
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (url.pathname.endsWith('/discovery/instance')) {
      return json({
        tenant_discovery_endpoint: `${LOGIN}/${TENANT}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'] }],
      });
    }
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      return json({
        issuer: `${LOGIN}/${TENANT_ID}/v2.0`,
        authorization_endpoint: `${LOGIN}/${TENANT_ID}/oauth2/v2.0/authorize`,
        token_endpoint: `${LOGIN}/${TENANT_ID}/oauth2/v2.0/token`,
        end_session_endpoint: `${LOGIN}/${TENANT_ID}/oauth2/v2.0/logout`,
        jwks_uri: `${LOGIN}/${TENANT_ID}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
      });
    }
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      const params = url.searchParams;
      seen.authorize.push(Object.fromEntries(params));
      nonce = params.get('nonce') ?? '';
      const answer = new URLSearchParams(
        declines
          ? { error: 'access_denied', error_description: 'AADSTS65004: User declined to consent to access the app.', state: params.get('state') ?? '' }
          : { code: 'authorization-code', client_info: base64url({ uid: 'olena-oid', utid: TENANT_ID }), state: params.get('state') ?? '' },
      );
      const separator = params.get('response_mode') === 'query' ? '?' : '#';
      const target = `${params.get('redirect_uri')}${separator}${answer}`;
      return route.fulfill({ status: 200, contentType: 'text/html', body: `<script>location.replace(${JSON.stringify(target)})</script>` });
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(request.postData() ?? '');
      seen.token.push(Object.fromEntries(form));
      const now = Math.floor(Date.now() / 1000);
      const idToken = [
        base64url({ typ: 'JWT', alg: 'RS256', kid: 'stand-in' }),
        base64url({
          aud: CLIENT_ID, iss: `${LOGIN}/${TENANT_ID}/v2.0`, iat: now, nbf: now, exp: now + 3600, nonce,
          name: 'Olena Kovalenko', oid: 'olena-oid', preferred_username: 'olena@contoso.com', sub: 'olena-sub', tid: TENANT_ID, ver: '2.0',
        }),
        base64url('signature'),
      ].join('.');
      return json({
        token_type: 'Bearer', scope: `${SCOPE} openid profile offline_access`, expires_in: 3600, ext_expires_in: 3600,
        access_token: 'graph-access-token', refresh_token: 'refresh-token', id_token: idToken,
        client_info: base64url({ uid: 'olena-oid', utid: TENANT_ID }),
      });
    }
    return route.fulfill({ status: 404, headers: cors, body: `stand-in Entra ID has no ${url.pathname}` });
  });
  return seen;
}

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
