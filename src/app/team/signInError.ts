import { AuthError, type AuthErrorReason } from '../../adapters/auth/AuthError';
import { TeamConnectError, type TeamConnectReason } from './TeamConnectError';

const signInReasons: Record<AuthErrorReason, TeamConnectReason> = {
  'interaction-required': 'sign-in-needed',
  'popup-blocked': 'sign-in-blocked',
  cancelled: 'sign-in-cancelled',
  'window-open': 'sign-in-window-open',
  offline: 'offline',
  'not-configured': 'not-configured',
  failed: 'failed',
};

/**
 * A failed sign-in (an AuthError, or an error it caused) as the reason the pane words, with what an
 * administrator can look up; null when the failure was not the sign-in's.
 */
export function signInErrorOf(e: unknown): TeamConnectError | null {
  const cause = e instanceof Error && e.cause instanceof AuthError ? e.cause : e;
  if (!(cause instanceof AuthError)) return null;
  return new TeamConnectError(signInReasons[cause.reason], cause.message, { cause, code: entraCode(cause) ?? cause.code });
}

/** Entra ID's error number (AADSTS…), which MSAL passes on only inside its message, from the error or its causes. */
export function entraCode(e: unknown): string | null {
  for (let c: unknown = e, depth = 0; c instanceof Error && depth < 4; c = c.cause, depth++) {
    const found = /\bAADSTS\d+/.exec(c.message);
    if (found) return found[0];
  }
  return null;
}
