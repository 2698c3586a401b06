import type { AuthErrorReason } from './AuthError';

// MSAL's error codes (msal-common InteractionRequiredAuthErrorCodes, msal-browser BrowserAuthErrorCodes).
// Branching on codes, not messages: messages change between releases and are not part of the API.
const interactionRequired = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'bad_token',
  'interrupted_user',
  'no_tokens_found',
  'refresh_token_expired',
  'native_account_unavailable',
  'ui_not_allowed',
  // No signed-in account yet (standard client), or Outlook has none to lend (nested client).
  'no_account_error',
  'no_account_found',
]);
const popupBlocked = new Set(['popup_window_error', 'empty_window_error']);
// "access_denied" is what the server answers when the user declines consent; Outlook's nested
// broker reports a cancel as "user_canceled"; "interaction_in_progress_cancelled" is a sign-in a
// newer one took over.
const cancelled = new Set(['user_cancelled', 'user_canceled', 'access_denied', 'interaction_in_progress_cancelled']);
// The window's wait ran out: "timed_out" in MSAL 5, "monitor_window_timeout" in earlier releases
// and as the silent frame's sub-error.
const timedOut = new Set(['timed_out', 'monitor_window_timeout']);

/** MSAL's `errorCode` of a thrown value, or null when it is not an MSAL error. */
export function msalErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('errorCode' in error)) return null;
  const code = (error as { errorCode: unknown }).errorCode;
  return typeof code === 'string' && code !== '' ? code : null;
}

/**
 * What an MSAL error means for Clientbook, for a silent or an interactive call; anything
 * unrecognised is 'failed'.
 */
export function msalErrorReason(error: unknown, flow: 'silent' | 'interactive'): Exclude<AuthErrorReason, 'not-configured'> {
  // Outlook's nested broker raises InteractionRequiredAuthError with the server's code (e.g.
  // "invalid_grant") or none at all: the error class, which MSAL names, is what says it.
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'InteractionRequiredAuthError') {
    return 'interaction-required';
  }
  const code = msalErrorCode(error);
  if (code === null) return 'failed';
  if (timedOut.has(code)) {
    // Silent: the hidden-frame renewal got no answer, typically because third-party cookies are
    // blocked, so only an interactive sign-in can help. Interactive: MSAL 5 does not watch the popup,
    // so a window the user closed surfaces as this timeout once popupBridgeTimeout (60 s) ends.
    return flow === 'silent' ? 'interaction-required' : 'cancelled';
  }
  if (interactionRequired.has(code)) return 'interaction-required';
  if (popupBlocked.has(code)) return 'popup-blocked';
  if (cancelled.has(code)) return 'cancelled';
  if (code === 'interaction_in_progress') return 'window-open';
  if (code === 'no_network_connectivity') return 'offline';
  return 'failed';
}
