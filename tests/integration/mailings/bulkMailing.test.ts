/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import type { App } from '../../../src/app/createApp';
import { openApp } from '../../../src/app/openApp';
import { MailSendError } from '../../../src/domain/MailSendError';
import type { MailSender, OutgoingMessage, Scheduler } from '../../../src/domain/mailingPorts';
import type { Clock } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';

/** Virtual time: sleeping moves the clock, so an hour of pacing runs in milliseconds. */
class FakeTime implements Clock, Scheduler {
  constructor(public ms = Date.UTC(2026, 10, 27, 9, 0, 0)) {}
  now() {
    return new Date(this.ms);
  }
  async sleep(ms: number) {
    this.ms += ms;
  }
}

/** Records what was sent and when; fails the addresses it is told to, once or always. */
class FakeSender implements MailSender {
  readonly sent: { message: OutgoingMessage; at: number }[] = [];
  readonly failing = new Map<string, MailSendError>();
  throttleNext = 0;
  constructor(private readonly time: FakeTime) {}
  async send(message: OutgoingMessage) {
    if (this.throttleNext > 0) {
      this.throttleNext--;
      throw new MailSendError('throttled', 'MailboxConcurrency', 5_000);
    }
    const failure = this.failing.get(message.to[0]!.email);
    if (failure) throw failure;
    this.sent.push({ message, at: this.time.ms });
  }
}

let db = 0;

async function historyOf(app: App, clientId: string) {
  return (await app.queries.clientCard(clientId)).history;
}

async function setUp(time = new FakeTime(), sender = new FakeSender(time), dbName = `mailing-${process.pid}-${++db}`) {
  const app = await openApp(new FakeMailHost(), { dbName, clock: time, mailing: { sender, scheduler: time } });
  return { app, mailings: app.mailings!, sender, time, dbName };
}

async function seedSegment(app: App, count: number, region = 'kyiv') {
  for (let i = 0; i < count; i++) {
    await app.createClient({
      client: { name: `Client ${String(i).padStart(3, '0')}`, region, mailingConsent: 'granted', domains: [`client${i}.com`] },
      contacts: [{ name: `Olena ${i}`, position: '', emails: [`olena${i}@client${i}.com`], phones: [] }],
    });
  }
}

const segment = { regions: ['kyiv'], industries: [], statuses: [] };

async function aTemplate(app: App) {
  return app.mailings!.saveTemplate({ name: 'Autumn offer', subject: 'Offer for {{client.name}}', bodyHtml: '<p>Dear {{contact.firstName|colleague}},</p>', attachments: [] });
}

describe('bulk mailing', () => {
  it('sends one personalised message per recipient, paced at 30 a minute, each logged in history', async () => {
    const { app, mailings, sender } = await setUp();
    await seedSegment(app, 70);
    const template = await aTemplate(app);
    const mailing = await mailings.start({ templateId: template.id, name: '', audience: segment });
    await mailings.runner.run();

    expect(sender.sent).toHaveLength(70);
    expect(sender.sent[0]!.message.subject).toBe('Offer for Client 000');
    expect(sender.sent[0]!.message.html).toContain('Dear Olena,');
    expect(sender.sent[0]!.message.html).toContain('unsubscribe');
    const times = sender.sent.map((s) => s.at);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(60_000);
    expect(times[times.length - 1]! - times[0]!).toBeLessThan(3 * 60_000);

    const progress = await mailings.progress(mailing.id);
    expect(progress).toMatchObject({ total: 70, sent: 70, failed: 0, queued: 0 });
    expect(progress!.mailing.status).toBe('done');
    const client = (await app.mailings!.audience(segment)).recipients[0]!.client;
    const history = await historyOf(app, client.id);
    expect(history.map((h) => [h.type, h.subject, h.email?.direction])).toEqual([['mailing', 'Offer for Client 000', 'sent']]);
  });

  it('lists failures with their reasons and sends them on retry', async () => {
    const { app, mailings, sender } = await setUp();
    await seedSegment(app, 5);
    sender.failing.set('olena2@client2.com', new MailSendError('rejected', 'Recipient address rejected'));
    const template = await aTemplate(app);
    const mailing = await mailings.start({ templateId: template.id, name: 'Autumn', audience: segment });
    await mailings.runner.run();

    let progress = await mailings.progress(mailing.id);
    expect(progress).toMatchObject({ sent: 4, failed: 1 });
    expect(progress!.failures.map((f) => [f.email, f.error])).toEqual([['olena2@client2.com', 'Recipient address rejected']]);

    sender.failing.clear();
    await mailings.retryFailed(mailing.id);
    await mailings.runner.run();
    progress = await mailings.progress(mailing.id);
    expect(progress).toMatchObject({ sent: 5, failed: 0 });
    expect(sender.sent.map((s) => s.message.to[0]!.email)).toContain('olena2@client2.com');
  });

  it('waits out a throttled mailbox and loses nothing', async () => {
    const { app, mailings, sender } = await setUp();
    await seedSegment(app, 3);
    sender.throttleNext = 2;
    const template = await aTemplate(app);
    const mailing = await mailings.start({ templateId: template.id, name: '', audience: segment });
    await mailings.runner.run();
    expect(await mailings.progress(mailing.id)).toMatchObject({ sent: 3, failed: 0 });
  });

  it('resumes the persisted queue after the pane is closed and opened again', async () => {
    const time = new FakeTime();
    const first = await setUp(time);
    await seedSegment(first.app, 40);
    const template = await aTemplate(first.app);
    // Stop after 10 sends, as closing the pane would.
    let sends = 0;
    const closing: MailSender = {
      send: async (m) => {
        if (++sends > 10) throw new MailSendError('unavailable', 'pane closed');
        await first.sender.send(m);
      },
    };
    const closed = await openApp(new FakeMailHost(), { dbName: first.dbName, clock: time, mailing: { sender: closing, scheduler: time } });
    const mailing = await closed.mailings!.start({ templateId: template.id, name: '', audience: segment });
    await closed.mailings!.runner.run();
    expect(await closed.mailings!.progress(mailing.id)).toMatchObject({ sent: 10, queued: 30 });
    // The mailbox could not send: the mailing paused with the reason, nothing failed.
    expect((await closed.mailings!.progress(mailing.id))!.mailing).toMatchObject({ status: 'paused', problem: 'pane closed' });

    const reopened = await setUp(time, new FakeSender(time), first.dbName);
    await reopened.mailings.resume(mailing.id);
    await reopened.mailings.runner.run();
    expect(await reopened.mailings.progress(mailing.id)).toMatchObject({ sent: 40, queued: 0, failed: 0 });
    expect(reopened.sender.sent).toHaveLength(30);
  });

  it('honours an opt-out made while the mailing is under way', async () => {
    const { app, mailings, sender } = await setUp();
    await seedSegment(app, 3);
    const template = await aTemplate(app);
    const mailing = await mailings.start({ templateId: template.id, name: '', audience: segment });
    await mailings.pause(mailing.id);
    const queue = await mailings.progress(mailing.id);
    expect(queue!.queued).toBe(3);
    const target = (await app.mailings!.audience(segment)).recipients[1]!.client.id;
    await mailings.optOut(target);
    await mailings.resume(mailing.id);
    await mailings.runner.run();
    expect(sender.sent.map((s) => s.message.to[0]!.email)).toEqual(['olena0@client0.com', 'olena2@client2.com']);
    expect((await mailings.audience(segment)).excluded.map((e) => e.reason)).toEqual(['opted-out']);
  });

  it('pauses and cancels: a cancelled mailing sends nothing more', async () => {
    const { app, mailings, sender } = await setUp();
    await seedSegment(app, 4);
    const template = await aTemplate(app);
    const mailing = await mailings.start({ templateId: template.id, name: '', audience: segment });
    await mailings.cancel(mailing.id);
    await mailings.runner.run();
    const progress = await mailings.progress(mailing.id);
    expect(progress!.mailing.status).toBe('cancelled');
    expect(progress!.sent + progress!.cancelled).toBe(4);
    expect(sender.sent.length).toBe(progress!.sent);
  });
});
