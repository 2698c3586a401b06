import { GraphClient } from '../../../src/adapters/graph/GraphClient';
import { GraphMailSender } from '../../../src/adapters/graph/GraphMailSender';
import { MailSendError } from '../../../src/domain/MailSendError';
import type { OutgoingMessage } from '../../../src/domain/mailingPorts';
import { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';

let now = Date.UTC(2026, 10, 27, 9, 0, 0);
const graph = new GraphEmulator({ now: () => now });
let sender: GraphMailSender;

beforeAll(async () => {
  await graph.start();
  sender = new GraphMailSender(new GraphClient({ baseUrl: `${graph.baseUrl}/v1.0`, token: async () => 'test-token' }));
});
afterAll(() => graph.stop());

function aMessage(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    to: [{ name: 'Olena Petrenko', email: 'olena@contoso.com' }],
    subject: 'Offer for Contoso',
    html: '<p>Dear Olena,</p>',
    attachments: [],
    internetMessageId: '<clientbook.m1.0@clientbook.example>',
    ...overrides,
  };
}

const base64 = (bytes: number, fill = 7) => Buffer.alloc(bytes, fill).toString('base64');

describe('GraphMailSender', () => {
  beforeEach(() => {
    graph.mailbox.sent.length = 0;
    now += 120_000;
  });

  it('sends a message with small attachments in one sendMail', async () => {
    await sender.send(aMessage({ attachments: [{ name: 'price-list.pdf', contentType: 'application/pdf', contentBase64: base64(1000) }] }));
    expect(graph.mailbox.sent).toHaveLength(1);
    expect(graph.mailbox.sent[0]).toMatchObject({ subject: 'Offer for Contoso', to: ['olena@contoso.com'], internetMessageId: '<clientbook.m1.0@clientbook.example>' });
    expect(graph.mailbox.sent[0]!.attachments.map((a) => [a.name, a.size])).toEqual([['price-list.pdf', 1000]]);
  });

  it('sends a 5 MB attachment through a draft and an upload session, chunks without Authorization', async () => {
    const size = 5 * 1024 * 1024 + 3;
    await sender.send(
      aMessage({
        attachments: [
          { name: 'demo-video.mp4', contentType: 'video/mp4', contentBase64: base64(size, 9) },
          { name: 'note.txt', contentType: 'text/plain', contentBase64: base64(10) },
        ],
      }),
    );
    expect(graph.mailbox.sent).toHaveLength(1);
    const attachments = graph.mailbox.sent[0]!.attachments;
    expect(attachments.map((a) => [a.name, a.size]).sort()).toEqual([
      ['demo-video.mp4', size],
      ['note.txt', 10],
    ]);
    expect(attachments.find((a) => a.name === 'demo-video.mp4')!.bytes.every((b) => b === 9)).toBe(true);
    expect(graph.mailbox.uploads.chunks).toBe(2);
    expect(graph.mailbox.uploads.withAuthorization).toBe(0);
  });

  it('reports the 31st message of a minute as throttled, with the wait Graph asks for', async () => {
    for (let i = 0; i < 30; i++) await sender.send(aMessage());
    const error = await sender.send(aMessage()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailSendError);
    expect((error as MailSendError).failure).toBe('throttled');
    expect((error as MailSendError).retryAfterMs).toBeGreaterThanOrEqual(1000);
    now += 61_000;
    await sender.send(aMessage());
    expect(graph.mailbox.sent).toHaveLength(31);
  });

  it('rejects a message to a malformed address, and cannot send without a token', async () => {
    const bad = await sender.send(aMessage({ to: [{ name: 'x', email: 'not-an-address' }] })).catch((e: unknown) => e);
    expect((bad as MailSendError).failure).toBe('rejected');
    const signedOut = new GraphMailSender(new GraphClient({ baseUrl: `${graph.baseUrl}/v1.0`, token: async () => Promise.reject(new Error('not signed in')) }));
    const error = await signedOut.send(aMessage()).catch((e: unknown) => e);
    expect((error as MailSendError).failure).toBe('unavailable');
  });
});
