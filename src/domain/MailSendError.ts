/**
 * Why a message could not be sent. 'throttled': the mailbox is over its rate, try again after
 * retryAfterMs; 'rejected': this message cannot go (bad address, too large); 'unavailable': the
 * mailbox cannot send now (offline, not signed in, no permission).
 */
export type MailSendFailure = 'throttled' | 'rejected' | 'unavailable';

export class MailSendError extends Error {
  constructor(
    readonly failure: MailSendFailure,
    message: string,
    readonly retryAfterMs = 0,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MailSendError';
  }
}
