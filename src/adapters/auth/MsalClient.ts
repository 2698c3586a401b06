/**
 * The part of MSAL's PublicClientApplication Clientbook uses, as a port: the real client
 * (@azure/msal-browser's IPublicClientApplication) satisfies it as it is, and tests hand in fakes.
 * Errors it throws carry MSAL's `errorCode`, which is what callers branch on.
 */
export type MsalAccount = { homeAccountId: string; username: string };

export type MsalTokenResult = { accessToken: string; account: MsalAccount | null; expiresOn: Date | null };

export type MsalTokenRequest = { scopes: string[] };

export type MsalPopupRequest = MsalTokenRequest & {
  /** Takes the place of a sign-in MSAL still marks as running (its interaction.status), for popups only. */
  overrideInteractionInProgress?: boolean;
};

export type MsalRedirectRequest = MsalTokenRequest & {
  /** The page MSAL returns to once the redirect bridge has the answer. */
  redirectStartPage?: string;
};

export interface MsalClient {
  acquireTokenSilent(request: MsalTokenRequest): Promise<MsalTokenResult>;
  acquireTokenPopup(request: MsalPopupRequest): Promise<MsalTokenResult>;
  acquireTokenRedirect(request: MsalRedirectRequest): Promise<void>;
  /** The answer of a redirect that brought the page back, or null when the page was opened afresh. */
  handleRedirectPromise(): Promise<MsalTokenResult | null>;
  getActiveAccount(): MsalAccount | null;
  getAllAccounts(): MsalAccount[];
  setActiveAccount(account: MsalAccount | null): void;
}

/**
 * 'nested': nested app authentication through Outlook (NestedAppAuth 1.1); 'standard': the browser's
 * own sign-in (popup or redirect through the redirect-bridge page).
 */
export type MsalMode = 'nested' | 'standard';

export type MsalClientOptions = {
  clientId: string;
  /** e.g. "https://login.microsoftonline.com/contoso.onmicrosoft.com". */
  authority: string;
  /** The redirect-bridge page on the pane's own origin. */
  redirectUri: string;
  /** Production builds log MSAL errors only; development builds add warnings. Never verbose, never PII. */
  production: boolean;
};

/** Creates an initialised client; the real one imports @azure/msal-browser on first call. */
export type MsalClientFactory = (mode: MsalMode, options: MsalClientOptions) => Promise<MsalClient>;
