import { AuthError, type AuthErrorReason } from './AuthError';

/**
 * What the sign-in dialog page tells the pane. Office's messageParent carries strings only, so it
 * travels as JSON. The token goes to the pane's memory and nowhere else.
 */
export type AuthDialogMessage =
  | { status: 'token'; accessToken: string; /** Epoch milliseconds, or null when MSAL gave none. */ expiresOn: number | null }
  | { status: 'error'; reason: AuthErrorReason; code: string | null; message: string };

const reasons: readonly AuthErrorReason[] = ['interaction-required', 'popup-blocked', 'cancelled', 'window-open', 'offline', 'not-configured', 'failed'];

export function encodeAuthDialogMessage(message: AuthDialogMessage): string {
  return JSON.stringify(message);
}

/** Reads a message from the dialog; anything that is not one becomes an AuthError 'failed'. */
export function decodeAuthDialogMessage(text: string): AuthDialogMessage {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new AuthError('failed', 'The sign-in dialog sent an unreadable answer', { cause });
  }
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    if (v.status === 'token' && typeof v.accessToken === 'string' && v.accessToken !== '') {
      return { status: 'token', accessToken: v.accessToken, expiresOn: typeof v.expiresOn === 'number' ? v.expiresOn : null };
    }
    if (v.status === 'error' && reasons.includes(v.reason as AuthErrorReason)) {
      return {
        status: 'error',
        reason: v.reason as AuthErrorReason,
        code: typeof v.code === 'string' ? v.code : null,
        message: typeof v.message === 'string' ? v.message : 'Sign-in failed',
      };
    }
  }
  throw new AuthError('failed', 'The sign-in dialog sent an unexpected answer');
}
