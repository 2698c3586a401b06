/**
 * The sign-in that runs inside the Office dialog when the pane cannot open a popup. The dialog's
 * first page is ours (Office requires the pane's own origin); it redirects to Entra ID, comes back
 * through the redirect-bridge page, and sends the token — or a typed failure — to the pane as a
 * string through Office's messageParent. The dialog's MSAL cache is its own sessionStorage, gone
 * when the dialog closes.
 */
import type { AuthErrorReason } from './AuthError';
import { encodeAuthDialogMessage } from './authDialogMessage';
import { AUTH_BRIDGE_PAGE, readAuthDialogRequest, returnedAuthDialogUrl } from './authDialogRequest';
import { authority } from './authority';
import { loadMsalClient } from './loadMsalClient';
import type { MsalClientFactory } from './MsalClient';
import { msalErrorCode, msalErrorReason } from './msalErrorReason';

export type AuthDialogPage = {
  /** The dialog's address now (location.href). */
  url: string;
  /** Sends a string to the pane (Office.context.ui.messageParent). */
  send(message: string): void;
  production: boolean;
  /** Creates the MSAL client; the default imports @azure/msal-browser. Tests pass fakes. */
  createClient?: MsalClientFactory;
};

export async function runAuthDialog(page: AuthDialogPage): Promise<void> {
  const fail = (reason: AuthErrorReason, message: string, code: string | null) =>
    page.send(encodeAuthDialogMessage({ status: 'error', reason, code, message }));
  const request = readAuthDialogRequest(page.url);
  if (!request) {
    fail('not-configured', 'The sign-in dialog was opened without an app registration or scopes', null);
    return;
  }
  try {
    const createClient = page.createClient ?? loadMsalClient;
    const client = await createClient('standard', {
      clientId: request.clientId,
      authority: authority(request.tenant),
      redirectUri: `${new URL(page.url).origin}/${AUTH_BRIDGE_PAGE}`,
      production: page.production,
    });
    const result = await client.handleRedirectPromise();
    if (result) {
      page.send(encodeAuthDialogMessage({ status: 'token', accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? null }));
      return;
    }
    if (request.returned) {
      // Back from Entra ID with no answer: report it rather than redirect in a loop.
      fail('failed', 'Sign-in came back without an answer', null);
      return;
    }
    await client.acquireTokenRedirect({ scopes: request.scopes, redirectStartPage: returnedAuthDialogUrl(page.url) });
  } catch (cause) {
    fail(msalErrorReason(cause, 'interactive'), cause instanceof Error ? cause.message : 'Sign-in failed', msalErrorCode(cause));
  }
}
