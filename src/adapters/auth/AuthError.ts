/**
 * Why a token could not be had, as a union the UI can branch on:
 * - 'interaction-required': the user must sign in or consent, and this call was not allowed to ask;
 * - 'popup-blocked': the browser blocked the sign-in window and there was no Office dialog to use;
 * - 'cancelled': the user closed the sign-in window or declined;
 * - 'window-open': another sign-in window is still open and this one could not take its place;
 * - 'offline': the sign-in got no answer from the network;
 * - 'not-configured': no app registration (client id and tenant) in the settings;
 * - 'failed': anything else (network, server, misconfigured registration).
 */
export type AuthErrorReason = 'interaction-required' | 'popup-blocked' | 'cancelled' | 'window-open' | 'offline' | 'not-configured' | 'failed';

export class AuthError extends Error {
  readonly reason: AuthErrorReason;
  /** MSAL's or Office's error code when one caused this (e.g. "user_cancelled", "12006"), else null. */
  readonly code: string | null;

  constructor(reason: AuthErrorReason, message: string, options: { code?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AuthError';
    this.reason = reason;
    this.code = options.code ?? null;
  }
}
