/**
 * Why the mailbox cannot list a conversation or Sent Items now. 'not-connected': no team store,
 * so no Graph sign-in exists (a single-user pane in Outlook); 'sign-in-needed': the team is
 * connected but reading mail needs the user to sign in or consent first.
 */
export type ConversationUnavailableReason = 'not-connected' | 'sign-in-needed';

export class ConversationUnavailableError extends Error {
  constructor(
    readonly reason: ConversationUnavailableReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ConversationUnavailableError';
  }
}
