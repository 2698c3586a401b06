/** The app registration a tenant's administrator made for Clientbook; both are pane settings. */
export type AuthSettings = {
  /** The application (client) id of the Entra ID app registration. */
  clientId: string;
  /** The tenant id (a GUID) or one of its domains, e.g. "contoso.onmicrosoft.com". */
  tenant: string;
};

export type TokenRequestOptions = {
  /**
   * Whether this call may show sign-in UI (default true). Background work such as the 60-second sync
   * passes false: it gets an AuthError 'interaction-required' instead of a window nobody asked for,
   * and the pane offers a "Sign in" action that asks again with interaction allowed.
   */
  interactive?: boolean;
};

/** Access tokens for Microsoft Graph, each for just the scopes its call needs. */
export interface AccessTokenSource {
  /** False when no client id and tenant are set: the pane is a single-user CRM and never signs in. */
  readonly configured: boolean;
  /** Rejects with an AuthError. */
  getToken(scopes: readonly string[], options?: TokenRequestOptions): Promise<string>;
}
