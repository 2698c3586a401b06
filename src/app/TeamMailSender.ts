import { graphScopes } from '../adapters/auth/graphScopes';
import type { AccessTokenSource } from '../adapters/auth/AccessTokenSource';
import { MailSendError } from '../domain/MailSendError';
import type { MailSender, OutgoingMessage } from '../domain/mailingPorts';

/** Where Graph is and whose tokens to use: the connected team's, or null in single-user mode. */
export type TeamGraphAccess = { baseUrl: string; tokens: AccessTokenSource };

/**
 * Sends mailings from the signed-in manager's mailbox through Graph once the pane is connected to
 * a team site (the sign-in that gives Mail.Send). The Graph mail code loads on the first send.
 */
export class TeamMailSender implements MailSender {
  constructor(
    private readonly access: () => Promise<TeamGraphAccess | null>,
    private readonly connected: () => boolean,
  ) {}

  available(): boolean {
    return this.connected();
  }

  async send(message: OutgoingMessage): Promise<void> {
    const access = await this.access();
    if (!access?.tokens.configured) throw new MailSendError('unavailable', 'Connect the team site and sign in to send mailings.');
    const [{ GraphClient }, { GraphMailSender }] = await Promise.all([import('../adapters/graph/GraphClient'), import('../adapters/graph/GraphMailSender')]);
    const client = new GraphClient({ baseUrl: access.baseUrl, token: () => access.tokens.getToken(graphScopes.sendMail) });
    await new GraphMailSender(client).send(message);
  }
}
