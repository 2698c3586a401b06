/**
 * Graph access tokens, each for the scopes of one call, by one of three routes:
 * - 'nested': Outlook with NestedAppAuth 1.1 — MSAL's nestable client; Outlook brokers silent
 *   tokens and shows its own sign-in; if that sign-in window is blocked, the Office dialog.
 * - 'dialog': inside Office without NestedAppAuth 1.1 (Outlook.com, older builds) — the Office
 *   dialog runs the sign-in on a page of our own origin and hands the token over. A popup is not
 *   tried there: in an add-in frame of Outlook on the web the popup's redirect bridge cannot reach
 *   the frame (the browser partitions its BroadcastChannel by top-level site), and old desktop
 *   builds open window.open in the system browser. The pane keeps these tokens in memory.
 * - 'popup': a plain browser — MSAL's standard client, silent first, then a popup answered by the
 *   redirect-bridge page.
 * MSAL is created (and imported) on the first request that needs it, never before.
 */
import type { AccessTokenSource, AuthSettings, TokenRequestOptions } from './AccessTokenSource';
import type { AuthDialogOpener } from './AuthDialogOpener';
import { AuthError } from './AuthError';
import { decodeAuthDialogMessage } from './authDialogMessage';
import { AUTH_BRIDGE_PAGE, authDialogUrl } from './authDialogRequest';
import { authority } from './authority';
import { loadMsalClient } from './loadMsalClient';
import type { MsalClient, MsalClientFactory, MsalMode, MsalTokenRequest, MsalTokenResult } from './MsalClient';
import { msalErrorCode, msalErrorReason } from './msalErrorReason';

export type MsalTokenSourceOptions = {
  /** Null, or an empty client id or tenant, means no team store: every request rejects 'not-configured'. */
  settings: AuthSettings | null;
  /** Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'), read by src/adapters/office. */
  supportsNestedAppAuth: boolean;
  /** The Office dialog, or null outside Office. */
  openDialog: AuthDialogOpener | null;
  /** The pane's origin, e.g. "https://localhost:3000": the bridge and dialog pages live there. */
  origin: string;
  production: boolean;
  /** Creates the MSAL client; the default imports @azure/msal-browser. Tests pass fakes. */
  createClient?: MsalClientFactory;
  now?: () => number;
};

/** A dialog token is used until this long before it expires, so a call never starts with a dying one. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

type HeldToken = { accessToken: string; expiresAt: number };

type SignInRoute = 'nested' | 'dialog' | 'popup';

export class MsalTokenSource implements AccessTokenSource {
  readonly configured: boolean;
  private readonly settings: AuthSettings;
  private readonly route: SignInRoute;
  private readonly createClient: MsalClientFactory;
  private readonly now: () => number;
  private client: Promise<MsalClient> | null = null;
  /** One sign-in window at a time: concurrent Graph calls wait for it instead of opening their own. */
  private interaction: Promise<string> | null = null;
  /** Once Outlook's sign-in window is blocked, later sign-ins go straight to the Office dialog. */
  private popupsBlocked = false;
  /** Tokens the dialog brought, in memory only, keyed by scope set. */
  private readonly dialogTokens = new Map<string, HeldToken>();

  constructor(private readonly options: MsalTokenSourceOptions) {
    const clientId = options.settings?.clientId.trim() ?? '';
    const tenant = options.settings?.tenant.trim() ?? '';
    this.configured = clientId !== '' && tenant !== '';
    this.settings = { clientId, tenant };
    this.route = options.supportsNestedAppAuth ? 'nested' : options.openDialog ? 'dialog' : 'popup';
    this.createClient = options.createClient ?? loadMsalClient;
    this.now = options.now ?? Date.now;
  }

  async getToken(scopes: readonly string[], options: TokenRequestOptions = {}): Promise<string> {
    if (!this.configured) {
      throw new AuthError('not-configured', 'No app registration is configured: set the client id and tenant in Settings');
    }
    if (scopes.length === 0) throw new RangeError('getToken needs at least one scope');
    const request: MsalTokenRequest = { scopes: [...scopes] };
    const token = await this.silently(request);
    if (token !== null) return token;
    if (options.interactive === false) {
      throw new AuthError('interaction-required', `Sign-in is needed for ${request.scopes.join(' ')}`);
    }
    return this.interactively(request);
  }

  private msal(): Promise<MsalClient> {
    const mode: MsalMode = this.route === 'nested' ? 'nested' : 'standard';
    this.client ??= this.createClient(mode, {
      clientId: this.settings.clientId,
      authority: authority(this.settings.tenant),
      redirectUri: `${this.options.origin}/${AUTH_BRIDGE_PAGE}`,
      production: this.options.production,
    }).catch((cause: unknown) => {
      // Cleared so the next request tries again (e.g. the chunk failed to load while offline).
      this.client = null;
      throw new AuthError('failed', 'Sign-in could not start', { code: msalErrorCode(cause), cause });
    });
    return this.client;
  }

  /** The token without any UI, or null when only an interactive sign-in can give it. */
  private async silently(request: MsalTokenRequest): Promise<string | null> {
    const held = this.dialogTokens.get(scopeKey(request.scopes));
    if (held && held.expiresAt - EXPIRY_MARGIN_MS > this.now()) return held.accessToken;
    // The dialog route has no MSAL in the pane: what the dialog brought is all there is.
    if (this.route === 'dialog') return null;
    const client = await this.msal();
    if (this.route === 'popup' && client.getActiveAccount() === null) {
      // After a pane reload the account is still in MSAL's sessionStorage cache, just not active.
      const [known] = client.getAllAccounts();
      if (known) client.setActiveAccount(known);
    }
    try {
      return (await client.acquireTokenSilent(request)).accessToken;
    } catch (cause) {
      const reason = msalErrorReason(cause, 'silent');
      if (reason === 'interaction-required') return null;
      throw new AuthError(reason, 'Could not get a token silently', { code: msalErrorCode(cause), cause });
    }
  }

  private async interactively(request: MsalTokenRequest): Promise<string> {
    while (this.interaction) {
      // Another call's sign-in is open: share its failure, or retry silently once it has signed in.
      await this.interaction;
      const token = await this.silently(request);
      if (token !== null) return token;
    }
    const run = this.signIn(request);
    this.interaction = run;
    try {
      return await run;
    } finally {
      if (this.interaction === run) this.interaction = null;
    }
  }

  private async signIn(request: MsalTokenRequest): Promise<string> {
    const openDialog = this.options.openDialog;
    if (openDialog && (this.route === 'dialog' || this.popupsBlocked)) return this.signInThroughDialog(openDialog, request);
    const client = await this.msal();
    try {
      const result = await this.popup(client, request);
      this.remember(client, result);
      return result.accessToken;
    } catch (cause) {
      const reason = msalErrorReason(cause, 'interactive');
      if (reason === 'popup-blocked' && openDialog) {
        this.popupsBlocked = true;
        return this.signInThroughDialog(openDialog, request);
      }
      const message = reason === 'cancelled' ? 'Sign-in was cancelled' : 'Sign-in did not finish';
      throw new AuthError(reason, message, { code: msalErrorCode(cause), cause });
    }
  }

  private async popup(client: MsalClient, request: MsalTokenRequest): Promise<MsalTokenResult> {
    try {
      return await client.acquireTokenPopup(request);
    } catch (cause) {
      if (msalErrorCode(cause) !== 'interaction_in_progress') throw cause;
      // This source opens one window at a time, so the sign-in MSAL still marks as running is none
      // this call could wait for: the mark outlived a pane reloaded mid-sign-in (MSAL keeps it in
      // sessionStorage, and only handleRedirectPromise, which the pane never calls, clears it), or
      // it is a Connect the user left (cancelled, or with other settings), whose window MSAL 5 waits
      // on for a minute. Until then, or after a reload until the tab closes, every Connect would
      // fail at once. Taking its place is MSAL's documented way out for popups; the old window, if
      // still open, stays open but signs nobody in.
      return client.acquireTokenPopup({ ...request, overrideInteractionInProgress: true });
    }
  }

  private remember(client: MsalClient, result: MsalTokenResult): void {
    // The standard client's silent calls use the active account; Outlook's nested client ignores it.
    if (result.account) client.setActiveAccount(result.account);
  }

  private async signInThroughDialog(openDialog: AuthDialogOpener, request: MsalTokenRequest): Promise<string> {
    const url = authDialogUrl(this.options.origin, { ...this.settings, scopes: request.scopes });
    let outcome;
    try {
      outcome = await openDialog(url);
    } catch (cause) {
      const code = officeErrorCode(cause);
      // 12009: the user chose to ignore Office's "wants to display a new window" prompt.
      throw new AuthError(code === '12009' ? 'cancelled' : 'failed', 'The sign-in dialog could not open', { code, cause });
    }
    if (outcome.kind === 'closed') throw new AuthError('cancelled', 'The sign-in dialog was closed', { code: '12006' });
    const message = decodeAuthDialogMessage(outcome.message);
    if (message.status === 'error') throw new AuthError(message.reason, message.message, { code: message.code });
    if (message.expiresOn !== null) {
      this.dialogTokens.set(scopeKey(request.scopes), { accessToken: message.accessToken, expiresAt: message.expiresOn });
    }
    return message.accessToken;
  }
}

function scopeKey(scopes: readonly string[]): string {
  return [...scopes].sort().join(' ');
}

function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'number' || typeof code === 'string' ? String(code) : null;
}
