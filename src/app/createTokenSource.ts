import type { AccessTokenSource, AuthSettings } from '../adapters/auth/AccessTokenSource';
import { MsalTokenSource } from '../adapters/auth/MsalTokenSource';
import { authDialogOpener } from '../adapters/office/authDialogOpener';
import { nestedAppAuthSupport } from '../adapters/office/nestedAppAuthSupport';

/**
 * The Graph token source for the pane's settings. With no client id or tenant it is unconfigured:
 * every request rejects 'not-configured' without loading MSAL, and nothing asks to sign in.
 * MSAL itself is imported on the first token request, never at pane start. Call it after
 * detectMailHost (Office.onReady): the NestedAppAuth and DialogApi checks need Office ready.
 */
export function createTokenSource(settings: AuthSettings | null): AccessTokenSource {
  return new MsalTokenSource({
    settings,
    supportsNestedAppAuth: nestedAppAuthSupport(),
    openDialog: authDialogOpener(),
    origin: window.location.origin,
    production: process.env.NODE_ENV === 'production',
  });
}
