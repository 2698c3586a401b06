import type { AuthDialogOpener, AuthDialogOutcome } from '../../../src/adapters/auth/AuthDialogOpener';
import { AuthError } from '../../../src/adapters/auth/AuthError';
import { encodeAuthDialogMessage } from '../../../src/adapters/auth/authDialogMessage';
import { graphScopes } from '../../../src/adapters/auth/graphScopes';
import { MsalTokenSource, type MsalTokenSourceOptions } from '../../../src/adapters/auth/MsalTokenSource';
import type { MsalClientFactory } from '../../../src/adapters/auth/MsalClient';
import { runAuthDialog } from '../../../src/adapters/auth/runAuthDialog';
import { aToken, anAccount, FakeMsalClient, fakeMsalFactory, interactionRequiredError, msalError } from './support/FakeMsalClient';

const NOW = Date.parse('2026-11-27T08:00:00Z');
const ORIGIN = 'https://localhost:3000';

function aTokenSource(client: FakeMsalClient, overrides: Partial<MsalTokenSourceOptions> = {}) {
  const createClient = fakeMsalFactory(client);
  const source = new MsalTokenSource({
    settings: { clientId: 'app-id', tenant: 'contoso.onmicrosoft.com' },
    supportsNestedAppAuth: true,
    openDialog: null,
    origin: ORIGIN,
    production: true,
    createClient,
    now: () => NOW,
    ...overrides,
  });
  return { source, createClient };
}

/** An Office dialog stand-in that records the URLs it was opened at and answers from a queue. */
function aDialog(...answers: (AuthDialogOutcome | Error)[]): AuthDialogOpener & { urls: string[] } {
  const urls: string[] = [];
  const open = async (url: string) => {
    urls.push(url);
    const answer = answers.shift() ?? new Error('the test gave the dialog no answer');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return Object.assign(open, { urls });
}

const dialogToken = (accessToken: string, expiresOn = NOW + 3_600_000): AuthDialogOutcome => ({
  kind: 'message',
  message: encodeAuthDialogMessage({ status: 'token', accessToken, expiresOn }),
});

async function authErrorOf(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw new Error(`Expected an AuthError, got ${String(error)}`);
  }
  throw new Error('Expected an AuthError, but the call succeeded');
}

describe('MsalTokenSource', () => {
  it('returns the silently acquired token without opening any window', async () => {
    const client = new FakeMsalClient().silentAnswers(aToken('sync-token'));
    const { source } = aTokenSource(client);

    await expect(source.getToken(graphScopes.sync)).resolves.toBe('sync-token');
    expect(client.popupRequests).toHaveLength(0);
  });

  it('asks each call for its own scopes only', async () => {
    const client = new FakeMsalClient().silentAnswers(aToken('sync'), aToken('provision'), aToken('mail'), aToken('me'));
    const { source } = aTokenSource(client);

    await source.getToken(graphScopes.sync);
    await source.getToken(graphScopes.provision);
    await source.getToken(graphScopes.sendMail);
    await source.getToken(graphScopes.profile);

    expect(client.silentRequests.map((r) => r.scopes)).toEqual([
      ['https://graph.microsoft.com/Sites.ReadWrite.All'],
      ['https://graph.microsoft.com/Sites.Manage.All'],
      ['https://graph.microsoft.com/Mail.Send'],
      ['https://graph.microsoft.com/User.Read'],
    ]);
  });

  it('opens the sign-in popup when the silent call needs interaction, then stays silent', async () => {
    const client = new FakeMsalClient()
      .silentAnswers(msalError('interaction_required'), aToken('later-token'))
      .popupAnswers(aToken('popup-token', { account: anAccount({ username: 'olena@contoso.com' }) }));
    const { source } = aTokenSource(client, { supportsNestedAppAuth: false });

    await expect(source.getToken(graphScopes.sync)).resolves.toBe('popup-token');
    await expect(source.getToken(graphScopes.sync)).resolves.toBe('later-token');

    expect(client.popupRequests).toEqual([{ scopes: graphScopes.sync }]);
    expect(client.getActiveAccount()?.username).toBe('olena@contoso.com');
  });

  it.each(['consent_required', 'login_required', 'no_tokens_found', 'no_account_error', 'timed_out'])(
    'treats %s from the silent call as a reason to sign in interactively',
    async (code) => {
      const client = new FakeMsalClient().silentAnswers(msalError(code)).popupAnswers(aToken('popup-token'));
      const { source } = aTokenSource(client);

      await expect(source.getToken(graphScopes.sync)).resolves.toBe('popup-token');
    },
  );

  it.each(['invalid_grant', ''])(
    'signs in interactively when Outlook\'s broker says interaction is required with the server code "%s"',
    async (code) => {
      const client = new FakeMsalClient().silentAnswers(interactionRequiredError(code)).popupAnswers(aToken('popup-token'));
      const { source } = aTokenSource(client, { supportsNestedAppAuth: true });

      await expect(source.getToken(graphScopes.sync)).resolves.toBe('popup-token');
    },
  );

  it('reports a cancel in Outlook\'s own sign-in window (nested app auth) as cancelled', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('user_canceled'));
    const { source } = aTokenSource(client, { supportsNestedAppAuth: true });

    expect((await authErrorOf(source.getToken(graphScopes.sync))).reason).toBe('cancelled');
  });

  it('decides by MSAL error code, not by the words of the message', async () => {
    const client = new FakeMsalClient().silentAnswers(msalError('server_error', 'interaction_required: try again later'));
    const { source } = aTokenSource(client);

    const error = await authErrorOf(source.getToken(graphScopes.sync));

    expect(error.reason).toBe('failed');
    expect(error.code).toBe('server_error');
    expect(client.popupRequests).toHaveLength(0);
  });

  it('does not open a window for background calls: it reports that sign-in is needed', async () => {
    const client = new FakeMsalClient().silentAnswers(msalError('interaction_required'));
    const { source } = aTokenSource(client);

    const error = await authErrorOf(source.getToken(graphScopes.sync, { interactive: false }));

    expect(error.reason).toBe('interaction-required');
    expect(client.popupRequests).toHaveLength(0);
  });

  it('reports a cancelled sign-in as a typed "cancelled" error with its cause', async () => {
    const cancel = msalError('user_cancelled');
    const client = new FakeMsalClient().popupAnswers(cancel);
    const { source } = aTokenSource(client);

    const error = await authErrorOf(source.getToken(graphScopes.sync));

    expect(error.reason).toBe('cancelled');
    expect(error.code).toBe('user_cancelled');
    expect(error.cause).toBe(cancel);
  });

  it('reports a popup that never answered (the user closed it; MSAL 5 notices by timing out) as cancelled', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('timed_out'));
    const { source } = aTokenSource(client);

    const error = await authErrorOf(source.getToken(graphScopes.sync));

    expect(error.reason).toBe('cancelled');
    expect(error.code).toBe('timed_out');
  });

  it('reports declined consent as cancelled', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('access_denied'));
    const { source } = aTokenSource(client);

    expect((await authErrorOf(source.getToken(graphScopes.provision))).reason).toBe('cancelled');
  });

  it('signs in through the Office dialog when Outlook\'s sign-in window is blocked, and keeps that token for the next call', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('popup_window_error'));
    const dialog = aDialog(dialogToken('dialog-token'));
    const { source } = aTokenSource(client, { supportsNestedAppAuth: true, openDialog: dialog });

    await expect(source.getToken(graphScopes.sync)).resolves.toBe('dialog-token');
    await expect(source.getToken(graphScopes.sync)).resolves.toBe('dialog-token');

    expect(client.popupRequests).toHaveLength(1);
    expect(dialog.urls).toHaveLength(1);
    const url = new URL(dialog.urls[0] ?? '');
    expect(url.origin + url.pathname).toBe(`${ORIGIN}/auth-dialog.html`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      clientId: 'app-id',
      tenant: 'contoso.onmicrosoft.com',
      scopes: 'https://graph.microsoft.com/Sites.ReadWrite.All',
    });
  });

  it('goes straight to the dialog once popups were blocked, for a token of other scopes', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('empty_window_error'));
    const dialog = aDialog(dialogToken('sync-token'), dialogToken('mail-token'));
    const { source } = aTokenSource(client, { supportsNestedAppAuth: true, openDialog: dialog });

    await source.getToken(graphScopes.sync);
    await expect(source.getToken(graphScopes.sendMail)).resolves.toBe('mail-token');

    expect(client.popupRequests).toHaveLength(1);
    expect(new URL(dialog.urls[1] ?? '').searchParams.get('scopes')).toBe('https://graph.microsoft.com/Mail.Send');
  });

  it('inside Office without nested app auth signs in through the Office dialog only, never loading MSAL in the pane', async () => {
    const client = new FakeMsalClient();
    const dialog = aDialog(dialogToken('dialog-token', NOW + 10 * 60_000));
    let now = NOW;
    const { source, createClient } = aTokenSource(client, { supportsNestedAppAuth: false, openDialog: dialog, now: () => now });

    await expect(source.getToken(graphScopes.sync)).resolves.toBe('dialog-token');
    await expect(source.getToken(graphScopes.sync, { interactive: false })).resolves.toBe('dialog-token');
    now += 6 * 60_000;
    const expired = await authErrorOf(source.getToken(graphScopes.sync, { interactive: false }));

    expect(expired.reason).toBe('interaction-required');
    expect(dialog.urls).toHaveLength(1);
    expect(createClient.calls).toHaveLength(0);
    expect(client.popupRequests).toHaveLength(0);
  });

  it('opens the dialog again when the token it gave is about to expire', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('popup_window_error'));
    const dialog = aDialog(dialogToken('short-lived', NOW + 60_000), dialogToken('fresh'));
    const { source } = aTokenSource(client, { openDialog: dialog });

    await source.getToken(graphScopes.sync);
    await expect(source.getToken(graphScopes.sync)).resolves.toBe('fresh');
  });

  it('reports a blocked popup outside Office, where there is no dialog to fall back to', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('popup_window_error'));
    const { source } = aTokenSource(client, { openDialog: null });

    expect((await authErrorOf(source.getToken(graphScopes.sync))).reason).toBe('popup-blocked');
  });

  it('takes the place of a sign-in MSAL still marks as running after the pane reloaded, instead of refusing every Connect', async () => {
    const client = new FakeMsalClient().popupAnswers(aToken('popup-token'), aToken('next-token'));
    // Left in sessionStorage by a sign-in the reload cut short; MSAL never clears it by itself.
    client.interactionInProgress = true;
    const { source } = aTokenSource(client, { supportsNestedAppAuth: false });

    await expect(source.getToken(graphScopes.provision)).resolves.toBe('popup-token');
    expect(client.popupRequests).toEqual([{ scopes: graphScopes.provision }, { scopes: graphScopes.provision, overrideInteractionInProgress: true }]);
    // The mark is gone with the window that took its place: the next sign-in asks plainly.
    await expect(source.getToken(graphScopes.sync)).resolves.toBe('next-token');
    expect(client.popupRequests[2]).toEqual({ scopes: graphScopes.sync });
  });

  it('reports a sign-in window still open when MSAL refuses even to let a new sign-in take its place', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('interaction_in_progress'), msalError('interaction_in_progress'));
    const { source } = aTokenSource(client, { supportsNestedAppAuth: false });

    const error = await authErrorOf(source.getToken(graphScopes.sync));

    expect(error.reason).toBe('window-open');
    expect(error.code).toBe('interaction_in_progress');
    expect(client.popupRequests).toHaveLength(2);
  });

  it.each([
    ['no_network_connectivity', 'offline'],
    ['empty_window_error', 'popup-blocked'],
    ['monitor_window_timeout', 'cancelled'],
    ['interaction_in_progress_cancelled', 'cancelled'],
    ['post_request_failed', 'failed'],
  ])('reports MSAL\'s %s from the sign-in window as %s', async (code, reason) => {
    const client = new FakeMsalClient().popupAnswers(msalError(code));
    const { source } = aTokenSource(client, { supportsNestedAppAuth: false });

    const error = await authErrorOf(source.getToken(graphScopes.sync));

    expect(error.reason).toBe(reason);
    expect(error.code).toBe(code);
  });

  it('reports the user closing the sign-in dialog as cancelled', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('popup_window_error'));
    const { source } = aTokenSource(client, { openDialog: aDialog({ kind: 'closed' }) });

    const error = await authErrorOf(source.getToken(graphScopes.sync));

    expect(error.reason).toBe('cancelled');
    expect(error.code).toBe('12006');
  });

  it('reports ignoring Office\'s "display a new window" prompt as cancelled', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('popup_window_error'));
    const ignored = Object.assign(new Error('Opening the sign-in dialog failed'), { code: 12009 });
    const { source } = aTokenSource(client, { openDialog: aDialog(ignored) });

    const error = await authErrorOf(source.getToken(graphScopes.sync));

    expect(error.reason).toBe('cancelled');
    expect(error.cause).toBe(ignored);
  });

  it('passes on the reason the dialog reported', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('popup_window_error'));
    const refused = encodeAuthDialogMessage({ status: 'error', reason: 'cancelled', code: 'access_denied', message: 'declined' });
    const { source } = aTokenSource(client, { openDialog: aDialog({ kind: 'message', message: refused }) });

    const error = await authErrorOf(source.getToken(graphScopes.sync));

    expect(error.reason).toBe('cancelled');
    expect(error.code).toBe('access_denied');
  });

  it('treats an unreadable dialog answer as a failure, not a token', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('popup_window_error'));
    const { source } = aTokenSource(client, { openDialog: aDialog({ kind: 'message', message: 'true' }) });

    expect((await authErrorOf(source.getToken(graphScopes.sync))).reason).toBe('failed');
  });

  it('gets a token end to end through the dialog page when the popup is blocked', async () => {
    const paneClient = new FakeMsalClient().popupAnswers(msalError('popup_window_error'));
    const dialogClient = new FakeMsalClient();
    dialogClient.redirectResult = aToken('from-dialog', { expiresOn: new Date(NOW + 3_600_000) });
    // The dialog page, back from Entra ID, answers the pane through messageParent.
    const openDialog: AuthDialogOpener = async (url) => {
      const sent: string[] = [];
      await runAuthDialog({ url: `${url}&returned=1`, send: (m) => sent.push(m), production: true, createClient: fakeMsalFactory(dialogClient) });
      return { kind: 'message', message: sent[0] ?? '' };
    };
    const { source } = aTokenSource(paneClient, { openDialog });

    await expect(source.getToken(graphScopes.sync)).resolves.toBe('from-dialog');
  });

  it('opens one sign-in window for concurrent calls and lets the others reuse its sign-in', async () => {
    let finishPopup: (value: ReturnType<typeof aToken>) => void = () => undefined;
    const client = new FakeMsalClient().silentAnswers(msalError('interaction_required'), msalError('interaction_required'), aToken('after-sign-in'));
    client.acquireTokenPopup = async (request) => {
      client.popupRequests.push(request);
      return new Promise((resolve) => (finishPopup = resolve));
    };
    const { source } = aTokenSource(client);

    const first = source.getToken(graphScopes.sync);
    const second = source.getToken(graphScopes.sync);
    await new Promise((resolve) => setTimeout(resolve, 0));
    finishPopup(aToken('popup-token'));

    await expect(first).resolves.toBe('popup-token');
    await expect(second).resolves.toBe('after-sign-in');
    expect(client.popupRequests).toHaveLength(1);
  });

  it('fails every waiting call when the one sign-in window is cancelled', async () => {
    let cancelPopup: (error: Error) => void = () => undefined;
    const client = new FakeMsalClient();
    client.acquireTokenPopup = async (request) => {
      client.popupRequests.push(request);
      return new Promise((_, reject) => (cancelPopup = reject));
    };
    const { source } = aTokenSource(client);

    const first = authErrorOf(source.getToken(graphScopes.sync));
    const second = authErrorOf(source.getToken(graphScopes.sync));
    await new Promise((resolve) => setTimeout(resolve, 0));
    cancelPopup(msalError('user_cancelled'));

    expect((await first).reason).toBe('cancelled');
    expect((await second).reason).toBe('cancelled');
    expect(client.popupRequests).toHaveLength(1);
  });

  describe('with no tenant configured', () => {
    const realFetch = globalThis.fetch;
    afterEach(() => {
      globalThis.fetch = realFetch;
    });

    it.each([
      ['no settings', null],
      ['a blank client id', { clientId: ' ', tenant: 'contoso.onmicrosoft.com' }],
      ['a blank tenant', { clientId: 'app-id', tenant: '' }],
    ])('with %s it says "not configured", creates no MSAL client and calls no network', async (_case, settings) => {
      const fetchSpy = jest.fn();
      globalThis.fetch = fetchSpy;
      const client = new FakeMsalClient();
      const { source, createClient } = aTokenSource(client, { settings });

      expect(source.configured).toBe(false);
      expect((await authErrorOf(source.getToken(graphScopes.sync))).reason).toBe('not-configured');
      expect(createClient.calls).toHaveLength(0);
      expect(fetchSpy).not.toHaveBeenCalled();
    });
  });

  describe('loading MSAL', () => {
    it('creates the MSAL client only when a token is first asked for, and only once', async () => {
      const client = new FakeMsalClient().silentAnswers(aToken('a'), aToken('b'));
      const { source, createClient } = aTokenSource(client);

      expect(source.configured).toBe(true);
      expect(createClient.calls).toHaveLength(0);

      await source.getToken(graphScopes.sync);
      await source.getToken(graphScopes.profile);

      expect(createClient.calls).toHaveLength(1);
    });

    it('uses nested app authentication where Outlook supports NestedAppAuth 1.1', async () => {
      const { source, createClient } = aTokenSource(new FakeMsalClient().silentAnswers(aToken('t')), { supportsNestedAppAuth: true });

      await source.getToken(graphScopes.sync);

      expect(createClient.calls[0]).toEqual({
        mode: 'nested',
        options: {
          clientId: 'app-id',
          authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
          redirectUri: 'https://localhost:3000/auth-bridge.html',
          production: true,
        },
      });
    });

    it('uses the standard browser client elsewhere (Outlook.com, older builds, a plain browser)', async () => {
      const { source, createClient } = aTokenSource(new FakeMsalClient().silentAnswers(aToken('t')), { supportsNestedAppAuth: false });

      await source.getToken(graphScopes.sync);

      expect(createClient.calls[0]?.mode).toBe('standard');
    });

    it('picks up the account MSAL still has cached after the pane reloads', async () => {
      const client = new FakeMsalClient().silentAnswers(aToken('cached'));
      client.cachedAccounts = [anAccount({ username: 'taras@contoso.com' })];
      const { source } = aTokenSource(client, { supportsNestedAppAuth: false });

      await expect(source.getToken(graphScopes.sync)).resolves.toBe('cached');
      expect(client.getActiveAccount()?.username).toBe('taras@contoso.com');
    });

    it('reports MSAL failing to load as "failed", and tries again on the next call', async () => {
      const client = new FakeMsalClient().silentAnswers(aToken('second try'));
      const chunkError = new Error('Loading chunk msal failed');
      let attempts = 0;
      const createClient: MsalClientFactory = async () => {
        attempts += 1;
        if (attempts === 1) throw chunkError;
        return client;
      };
      const { source } = aTokenSource(client, { createClient });

      const error = await authErrorOf(source.getToken(graphScopes.sync));
      expect(error.reason).toBe('failed');
      expect(error.cause).toBe(chunkError);
      await expect(source.getToken(graphScopes.sync)).resolves.toBe('second try');
    });
  });
});
