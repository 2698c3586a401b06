/**
 * Why Connect failed, as a union the Team store section turns into a sentence:
 * - 'wrong-url': Graph found no site at the address (400/404);
 * - 'no-permission': the signed-in user may not read or change the site (401/403);
 * - 'sign-in-needed' / 'sign-in-cancelled': no token (not signed in, popup blocked / user closed it);
 * - 'not-configured': no app registration (client id and tenant);
 * - 'offline': no answer from Graph;
 * - 'lists-outdated': the site's lists, just provisioned, are not the ones this pane's code expects;
 * - 'failed': anything else; its message is the technical detail an administrator may need.
 */
export type TeamConnectReason = 'wrong-url' | 'no-permission' | 'sign-in-needed' | 'sign-in-cancelled' | 'not-configured' | 'offline' | 'lists-outdated' | 'failed';

export class TeamConnectError extends Error {
  override readonly name = 'TeamConnectError';

  constructor(
    readonly reason: TeamConnectReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
