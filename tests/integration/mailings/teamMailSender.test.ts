import { TeamMailSender } from '../../../src/app/TeamMailSender';
import { MailSendError } from '../../../src/domain/MailSendError';
import { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';

const graph = new GraphEmulator();
beforeAll(() => graph.start());
afterAll(() => graph.stop());

const message = { to: [{ name: 'Olena', email: 'olena@contoso.com' }], subject: 'Offer', html: '<p>Hi</p>', attachments: [], internetMessageId: '<t1@clientbook.example>' };

describe('TeamMailSender', () => {
  it('sends through Graph with a Mail.Send token once the pane is connected', async () => {
    const scopes: string[][] = [];
    const sender = new TeamMailSender(
      async () => ({ baseUrl: `${graph.baseUrl}/v1.0`, tokens: { configured: true, getToken: async (s) => (scopes.push([...s]), 'token') } }),
      () => true,
    );
    expect(sender.available()).toBe(true);
    await sender.send(message);
    expect(graph.mailbox.sent.map((m) => m.subject)).toEqual(['Offer']);
    expect(scopes).toEqual([['https://graph.microsoft.com/Mail.Send']]);
  });

  it('cannot send in single-user mode, and says why', async () => {
    const sender = new TeamMailSender(async () => null, () => false);
    expect(sender.available()).toBe(false);
    const error = await sender.send(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailSendError);
    expect((error as MailSendError).failure).toBe('unavailable');
  });
});
