/**
 * The sign-in dialog's address carries what it needs (none of it secret): the app registration and
 * the scopes of the one token asked for. `returned` marks the page MSAL comes back to after the
 * redirect, so a sign-in that came back empty reports a failure instead of redirecting again.
 */
export type AuthDialogRequest = { clientId: string; tenant: string; scopes: string[]; returned: boolean };

export const AUTH_DIALOG_PAGE = 'auth-dialog.html';
export const AUTH_BRIDGE_PAGE = 'auth-bridge.html';

export function authDialogUrl(origin: string, request: Omit<AuthDialogRequest, 'returned'>): string {
  const query = new URLSearchParams({ clientId: request.clientId, tenant: request.tenant, scopes: request.scopes.join(' ') });
  return `${origin}/${AUTH_DIALOG_PAGE}?${query.toString()}`;
}

/** The same page marked as the one the redirect returns to. */
export function returnedAuthDialogUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.searchParams.set('returned', '1');
  return parsed.toString();
}

/** Null when the address lacks the registration or the scopes. */
export function readAuthDialogRequest(url: string): AuthDialogRequest | null {
  const params = new URL(url).searchParams;
  const clientId = params.get('clientId')?.trim() ?? '';
  const tenant = params.get('tenant')?.trim() ?? '';
  const scopes = (params.get('scopes') ?? '').split(' ').filter(Boolean);
  if (!clientId || !tenant || scopes.length === 0) return null;
  return { clientId, tenant, scopes, returned: params.get('returned') === '1' };
}
