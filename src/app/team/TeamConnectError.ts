/**
 * Why Connect failed, as a union the Team store section turns into a sentence:
 * - 'wrong-url': Graph found no site at the address (400/404);
 * - 'no-permission': the signed-in user may not read or change the site (401/403);
 * - 'sign-in-needed' / 'sign-in-cancelled': no token (not signed in / user closed the window or declined);
 * - 'sign-in-blocked': the browser blocked the sign-in window;
 * - 'sign-in-window-open': another sign-in window is still open;
 * - 'not-configured': no app registration (client id and tenant);
 * - 'offline': no answer from Graph or from the sign-in;
 * - 'lists-outdated': the site's lists, just provisioned, are not the ones this pane's code expects;
 * - 'failed': anything else.
 */
export type TeamConnectReason =
  | 'wrong-url'
  | 'no-permission'
  | 'sign-in-needed'
  | 'sign-in-cancelled'
  | 'sign-in-blocked'
  | 'sign-in-window-open'
  | 'not-configured'
  | 'offline'
  | 'lists-outdated'
  | 'failed';

export class TeamConnectError extends Error {
  override readonly name = 'TeamConnectError';
  /**
   * What an administrator can look up, never a sentence (the message is the library's English):
   * Entra ID's AADSTS number, MSAL's error code, or Graph's status and code; null when none is known.
   */
  readonly code: string | null;

  constructor(
    readonly reason: TeamConnectReason,
    message: string,
    options: { cause?: unknown; code?: string | null } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = options.code ?? null;
  }
}
