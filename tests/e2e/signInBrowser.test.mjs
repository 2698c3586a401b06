/*
 * Sign-in with the real MSAL 5 in Chromium, through the same createTokenSource the app uses.
 *
 * Nested app authentication (Outlook with NestedAppAuth 1.1): Outlook's broker is a stand-in
 * window.nestedAppAuthBridge speaking MSAL's bridge protocol, so the nested client is really created.
 *
 * The Office dialog (Outlook.com, older Outlook builds): a stand-in Office opens auth-dialog.html in a
 * window and relays its messageParent back, as Office does.
 *
 * The popup sign-in (a plain browser) with the real MSAL 5 and
 * the real redirect-bridge page: the popup goes to Entra ID (a stand-in routed in the browser),
 * lands on auth-bridge.html, which hands the answer back to the page; later calls are silent from
 * MSAL's session cache, also after a reload. (A popup the user simply closes is noticed only when
 * MSAL's 60-second bridge timeout ends — MSAL 5 does not poll the popup — so it is not timed here.)
 * With no tenant configured nothing loads and nothing
 * asks to sign in. The page is a small harness built here around createTokenSource, because the
 * pane wires sign-in into its settings separately.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { startStaticServer } from '../../tools/staticServer.mjs';
import { openBrowser } from './support/browser.mjs';
import { CLIENT_ID, LOGIN, SCOPE, TENANT, standInEntraId } from './support/standInEntraId.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function buildHarness(outDir) {
  const compiler = webpack({
    mode: 'production',
    context: root,
    devtool: false,
    entry: {
      harness: './tests/e2e/support/signInHarness.ts',
      'auth-bridge': './src/auth-bridge/index.ts',
      'auth-dialog': './src/auth-dialog/index.ts',
    },
    output: { path: outDir, filename: '[name].js', chunkFilename: 'chunks/[name].js' },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'swc-loader' } }] },
    // Minifying MSAL costs seconds and proves nothing here.
    optimization: { minimize: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'auth-bridge.html', template: './src/auth-bridge/authBridge.html', chunks: ['auth-bridge'] }),
      new HtmlWebpackPlugin({ filename: 'auth-dialog.html', template: './src/auth-dialog/authDialog.html', chunks: ['auth-dialog'] }),
      new HtmlWebpackPlugin({
        filename: 'harness.html',
        chunks: ['harness'],
        templateContent: '<!doctype html><html><head><title>harness</title></head><body><button id="sign-in">Sign in</button><output id="result"></output></body></html>',
      }),
    ],
  });
  const stats = await new Promise((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result))));
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

let outDir;
let server;
let browser;
before(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'clientbook-signin-'));
  await buildHarness(outDir);
  server = await startStaticServer(outDir);
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/**
 * Makes the page look like Outlook with NestedAppAuth 1.1: Office answers the requirement-set check
 * and window.nestedAppAuthBridge answers MSAL's GetInitContext, GetToken (silent) and GetTokenPopup
 * (Outlook's own sign-in UI) from the outcomes given: { token } or { error: BridgeError }.
 */
function standInOutlookBroker({ silent, interactive }) {
  const b64 = (value) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const now = Math.floor(Date.now() / 1000);
  const tenantId = '72f988bf-0000-4000-8000-2d7cd011db47';
  const idToken = [
    b64({ typ: 'JWT', alg: 'RS256' }),
    b64({ aud: 'client', iss: `https://login.microsoftonline.com/${tenantId}/v2.0`, iat: now, nbf: now, exp: now + 3600, name: 'Olena Kovalenko', oid: 'olena-oid', preferred_username: 'olena@contoso.com', sub: 'olena-sub', tid: tenantId, ver: '2.0' }),
    'c2lnbmF0dXJl',
  ].join('.');
  const account = { homeAccountId: `olena-oid.${tenantId}`, environment: 'login.microsoftonline.com', tenantId, username: 'olena@contoso.com', localAccountId: 'olena-oid', name: 'Olena Kovalenko' };
  const answer = (outcome, scope) =>
    outcome.token
      ? { success: true, token: { access_token: outcome.token, expires_in: 3600, id_token: idToken, properties: null, scope }, account }
      : { success: false, error: outcome.error };
  const listeners = [];
  window.clientbookBridgeCalls = [];
  window.Office = { context: { requirements: { isSetSupported: (name, version) => name === 'NestedAppAuth' && version === '1.1' } } };
  window.nestedAppAuthBridge = {
    addEventListener: (_type, listener) => listeners.push(listener),
    removeEventListener: () => undefined,
    postMessage: (text) => {
      const request = JSON.parse(text);
      window.clientbookBridgeCalls.push({ method: request.method, scope: request.tokenParams?.scope ?? null });
      const body =
        request.method === 'GetInitContext'
          ? { success: true, initContext: { sdkName: 'stand-in Outlook', sdkVersion: '1.0', capabilities: { queryAccount: false } } }
          : request.method === 'GetToken'
            ? answer(silent, request.tokenParams.scope)
            : request.method === 'GetTokenPopup'
              ? answer(interactive, request.tokenParams.scope)
              : { success: false, error: { status: 'PERSISTENT_ERROR', code: 'unsupported_method' } };
      const response = JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, ...body });
      setTimeout(() => listeners.forEach((listener) => listener(response)), 0);
    },
  };
}

async function inOutlookWithNestedAppAuth(outcomes) {
  const { context } = browser;
  const page = await context.newPage();
  await page.addInitScript(standInOutlookBroker, outcomes);
  const network = [];
  page.on('request', (request) => network.push(request.url()));
  const popups = [];
  context.on('page', (p) => popups.push(p));
  await page.goto(harnessUrl({ clientId: CLIENT_ID, tenant: TENANT }));
  const result = await signIn(page);
  const bridgeCalls = await page.evaluate(() => window.clientbookBridgeCalls);
  await page.close();
  return { result, bridgeCalls, popups, entraIdRequests: network.filter((url) => url.startsWith(LOGIN)) };
}

test('in Outlook with nested app auth the token comes silently from Outlook\'s broker: no popup, no Entra ID round trip', async () => {
  const { result, bridgeCalls, popups, entraIdRequests } = await inOutlookWithNestedAppAuth({ silent: { token: 'naa-silent-token' } });

  assert.equal(result, 'token:naa-silent-token');
  assert.deepEqual(bridgeCalls.map((c) => c.method), ['GetInitContext', 'GetToken']);
  assert.ok(bridgeCalls[1].scope.split(' ').includes(SCOPE), `asked for ${bridgeCalls[1].scope}`);
  assert.ok(!bridgeCalls[1].scope.includes('Mail.Send') && !bridgeCalls[1].scope.includes('Sites.Manage.All'), 'only the sync scope');
  assert.equal(popups.length, 0);
  assert.deepEqual(entraIdRequests, []);
});

test('when Outlook\'s broker needs the user (interaction required, server code invalid_grant) Outlook\'s own sign-in runs', async () => {
  const { result, bridgeCalls } = await inOutlookWithNestedAppAuth({
    silent: { error: { status: 'USER_INTERACTION_REQUIRED', code: 'invalid_grant', subError: 'consent_required', description: 'AADSTS65001' } },
    interactive: { token: 'naa-interactive-token' },
  });

  assert.equal(result, 'token:naa-interactive-token');
  assert.deepEqual(bridgeCalls.map((c) => c.method), ['GetInitContext', 'GetToken', 'GetTokenPopup']);
});

test('cancelling Outlook\'s sign-in is reported as cancelled', async () => {
  const { result } = await inOutlookWithNestedAppAuth({
    silent: { error: { status: 'USER_INTERACTION_REQUIRED', code: '' } },
    interactive: { error: { status: 'USER_CANCEL' } },
  });

  assert.equal(result, 'error:cancelled:user_canceled');
});

/** Outlook without NestedAppAuth 1.1: DialogApi 1.1 only, the dialog a window whose messages Office relays. */
function standInOfficeDialogHost() {
  window.clientbookDialogs = [];
  window.Office = {
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      requirements: { isSetSupported: (name, version) => name === 'DialogApi' && version === '1.1' },
      ui: {
        displayDialogAsync: (url, _options, callback) => {
          const handlers = {};
          const dialogWindow = window.open(url, '_blank', 'width=500,height=600');
          window.clientbookDialogs.push(url);
          window.clientbookDeliver = (message) => handlers.dialogMessageReceived?.({ message, origin: new URL(url).origin });
          callback({ status: 'succeeded', value: { addEventHandler: (type, handler) => (handlers[type] = handler), close: () => dialogWindow?.close() } });
        },
      },
    },
  };
}

/** office.js inside the dialog window: ready at once, messageParent reaching the pane through its opener. */
const dialogOfficeJs = 'window.Office = { onReady: () => Promise.resolve({ host: "Outlook" }), context: { ui: { messageParent: (m) => window.opener.clientbookDeliver(m) } } };';

test('in Outlook without nested app auth the Office dialog signs in, and its token serves the next calls', async () => {
  const { context } = browser;
  const seen = await standInEntraId(context);
  await context.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: dialogOfficeJs }));
  const page = await context.newPage();
  await page.addInitScript(standInOfficeDialogHost);
  const paneRequests = [];
  page.on('request', (request) => paneRequests.push(request.url()));
  await page.goto(harnessUrl({ clientId: CLIENT_ID, tenant: TENANT }));

  assert.equal(await signIn(page), 'token:graph-access-token');
  assert.equal(await signIn(page), 'token:graph-access-token');
  assert.deepEqual(paneRequests.filter((url) => url.includes('msal')), [], 'MSAL runs in the dialog, not in the pane');

  const dialogs = await page.evaluate(() => window.clientbookDialogs);
  assert.equal(dialogs.length, 1, 'one dialog, the second call used the token it brought');
  assert.equal(new URL(dialogs[0]).pathname, '/auth-dialog.html');
  assert.equal(seen.authorize[0]?.redirect_uri, `${server.url}/auth-bridge.html`);
  assert.equal(seen.token.length, 1);
  await page.close();
  await context.unrouteAll();
});

const harnessUrl = (settings) => `${server.url}/harness.html?${new URLSearchParams(settings)}`;

async function signIn(page) {
  await page.click('#sign-in');
  await page.waitForFunction(() => document.getElementById('result')?.textContent?.match(/^(token|error):/), null, { timeout: 20_000 });
  return page.textContent('#result');
}

test('signs in through a popup that ends on the redirect bridge, then stays silent, also after a reload', async () => {
  const { context } = browser;
  const seen = await standInEntraId(context);
  const page = await context.newPage();
  await page.goto(harnessUrl({ clientId: CLIENT_ID, tenant: TENANT }));

  const popupOpened = context.waitForEvent('page');
  const first = signIn(page);
  const popup = await popupOpened;
  const popupPages = [];
  popup.on('framenavigated', (frame) => frame === popup.mainFrame() && popupPages.push(new URL(frame.url()).pathname));

  assert.equal(await first, 'token:graph-access-token');
  assert.equal(seen.authorize[0]?.redirect_uri, `${server.url}/auth-bridge.html`);
  assert.ok(popupPages.includes('/auth-bridge.html'), `the popup ended on the bridge page: ${popupPages.join(' → ')}`);
  if (!popup.isClosed()) await popup.waitForEvent('close', { timeout: 5_000 });

  assert.equal(await signIn(page), 'token:graph-access-token');
  await page.reload();
  assert.equal(await signIn(page), 'token:graph-access-token');
  assert.equal(seen.authorize.length, 1, 'one interactive sign-in only');
  assert.equal(seen.token.length, 1, 'later tokens came from MSAL\'s cache');

  await page.close();
  await context.unrouteAll();
});

test('a user who declines consent in the popup gets a "cancelled" error', async () => {
  const { context } = browser;
  await standInEntraId(context, { declines: true });
  const page = await context.newPage();
  await page.goto(harnessUrl({ clientId: CLIENT_ID, tenant: TENANT }));

  assert.equal(await signIn(page), 'error:cancelled:access_denied');
  await page.close();
  await context.unrouteAll();
});

test('with no tenant configured nothing loads MSAL and nothing asks to sign in', async () => {
  const { context } = browser;
  const requests = [];
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  const popups = [];
  context.on('page', (p) => popups.push(p));
  await page.goto(harnessUrl({ clientId: '', tenant: '' }));

  assert.equal(await signIn(page), 'error:not-configured:null');
  assert.deepEqual(requests.filter((url) => url.includes('msal') || url.startsWith(LOGIN)), []);
  assert.equal(popups.length, 0);
  await page.close();
});
