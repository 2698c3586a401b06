/**
 * A page standing in for the pane's future "Sign in" action: it builds the token source the way the
 * app does (createTokenSource with the settings from its address) and shows what getToken gave.
 * Built by tests/e2e/signInBrowser.test.mjs together with the real redirect-bridge page.
 */
import { AuthError } from '../../../src/adapters/auth/AuthError';
import { graphScopes } from '../../../src/adapters/auth/graphScopes';
import { createTokenSource } from '../../../src/app/createTokenSource';

const params = new URLSearchParams(window.location.search);
const source = createTokenSource({ clientId: params.get('clientId') ?? '', tenant: params.get('tenant') ?? '' });
const button = document.getElementById('sign-in');
const result = document.getElementById('result');

button?.addEventListener('click', () => {
  if (result) result.textContent = 'waiting';
  source.getToken(graphScopes.sync).then(
    (token) => {
      if (result) result.textContent = `token:${token}`;
    },
    (error: unknown) => {
      if (result) result.textContent = error instanceof AuthError ? `error:${error.reason}:${error.code}` : `error:${String(error)}`;
    },
  );
});
