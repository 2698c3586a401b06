import { MsalTokenSource } from '../../../../src/adapters/auth/MsalTokenSource';
import type { MsalAccount, MsalClient, MsalClientFactory, MsalClientOptions, MsalMode, MsalPopupRequest, MsalRedirectRequest, MsalTokenRequest, MsalTokenResult } from '../../../../src/adapters/auth/MsalClient';

/** An error shaped like MSAL's: callers must branch on errorCode, so the message says something else. */
export function msalError(errorCode: string, message = `MSAL failure (${errorCode})`): Error & { errorCode: string } {
  return Object.assign(new Error(message), { errorCode });
}

/** What Outlook's nested broker gives when the user must interact: MSAL's class, the server's code. */
export function interactionRequiredError(errorCode: string): Error & { errorCode: string } {
  return Object.assign(new Error(`interaction required (${errorCode || 'no code'})`), { errorCode, name: 'InteractionRequiredAuthError' });
}

export const anAccount = (overrides: Partial<MsalAccount> = {}): MsalAccount => ({
  homeAccountId: 'uid.tid',
  username: 'olena@contoso.com',
  ...overrides,
});

type Step = MsalTokenResult | Error;

/**
 * A PublicClientApplication stand-in: each flow answers from a queue (a token result or an error) and
 * records the requests it was given. An empty silent queue answers like MSAL with nothing cached.
 */
export class FakeMsalClient implements MsalClient {
  readonly silentRequests: MsalTokenRequest[] = [];
  readonly popupRequests: MsalPopupRequest[] = [];
  readonly redirectRequests: MsalRedirectRequest[] = [];
  private readonly silentSteps: Step[] = [];
  private readonly popupSteps: Step[] = [];
  private activeAccount: MsalAccount | null = null;
  cachedAccounts: MsalAccount[] = [];
  redirectResult: MsalTokenResult | null | Error = null;
  /**
   * MSAL's interaction.status mark in sessionStorage: while it is set, a popup is refused at once with
   * interaction_in_progress unless the request takes its place, as MSAL 5's acquireTokenPopup does.
   */
  interactionInProgress = false;

  silentAnswers(...steps: Step[]): this {
    this.silentSteps.push(...steps);
    return this;
  }

  popupAnswers(...steps: Step[]): this {
    this.popupSteps.push(...steps);
    return this;
  }

  async acquireTokenSilent(request: MsalTokenRequest): Promise<MsalTokenResult> {
    this.silentRequests.push(request);
    return settle(this.silentSteps.shift() ?? msalError('no_tokens_found'));
  }

  async acquireTokenPopup(request: MsalPopupRequest): Promise<MsalTokenResult> {
    this.popupRequests.push(request);
    if (this.interactionInProgress && !request.overrideInteractionInProgress) {
      throw msalError('interaction_in_progress', 'Interaction is currently in progress. Please ensure that this interaction has been completed before calling an interactive API.');
    }
    this.interactionInProgress = false;
    return settle(this.popupSteps.shift() ?? new Error('the test gave the popup no answer'));
  }

  async acquireTokenRedirect(request: MsalRedirectRequest): Promise<void> {
    this.redirectRequests.push(request);
  }

  async handleRedirectPromise(): Promise<MsalTokenResult | null> {
    return this.redirectResult instanceof Error ? Promise.reject(this.redirectResult) : this.redirectResult;
  }

  getActiveAccount(): MsalAccount | null {
    return this.activeAccount;
  }

  getAllAccounts(): MsalAccount[] {
    return this.cachedAccounts;
  }

  setActiveAccount(account: MsalAccount | null): void {
    this.activeAccount = account;
  }
}

function settle(step: Step): Promise<MsalTokenResult> {
  return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
}

export const aToken = (accessToken: string, overrides: Partial<MsalTokenResult> = {}): MsalTokenResult => ({
  accessToken,
  account: anAccount(),
  expiresOn: new Date('2026-11-27T10:00:00Z'),
  ...overrides,
});

/** A factory handing out one fake client, recording how (and whether) it was asked for. */
export function fakeMsalFactory(client: FakeMsalClient): MsalClientFactory & { calls: { mode: MsalMode; options: MsalClientOptions }[] } {
  const calls: { mode: MsalMode; options: MsalClientOptions }[] = [];
  const factory = async (mode: MsalMode, options: MsalClientOptions) => {
    calls.push({ mode, options });
    return client;
  };
  return Object.assign(factory, { calls });
}

/** Sign-in as in a plain browser: MSAL's popup, here answered by the given stand-in. */
export function browserSignIn(client: FakeMsalClient): MsalTokenSource {
  return new MsalTokenSource({
    settings: { clientId: '11111111-2222-3333-4444-555555555555', tenant: 'contoso.onmicrosoft.com' },
    supportsNestedAppAuth: false,
    openDialog: null,
    origin: 'https://localhost:3000',
    production: true,
    createClient: fakeMsalFactory(client),
  });
}
