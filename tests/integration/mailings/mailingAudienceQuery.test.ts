/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import type { App } from '../../../src/app/createApp';
import { openApp } from '../../../src/app/openApp';
import { MailSendError } from '../../../src/domain/MailSendError';
import { RecordNotFoundError } from '../../../src/app/RecordNotFoundError';
import type { Query } from '../../../src/domain/analytics/query/Query';
import type { MailSender, OutgoingMessage, Scheduler } from '../../../src/domain/mailingPorts';
import { FakeMailHost } from '../../support/fakeMailHost';

// Two or three messages stay far below the pace limit: no waiting to simulate.
const instant: Scheduler = { sleep: async () => undefined };

class RecordingSender implements MailSender {
  readonly sent: OutgoingMessage[] = [];
  async send(message: OutgoingMessage) {
    this.sent.push(message);
  }
}

const anyone = { regions: [], industries: [], statuses: [] };
let seq = 0;

async function open(dbName = `mailing-query-${process.pid}-${++seq}`, sender: MailSender = new RecordingSender()) {
  const app = await openApp(new FakeMailHost(), { dbName, mailing: { sender, scheduler: instant } });
  return { app, mailings: app.mailings!, dbName };
}

async function aClient(app: App, name: string, fields: { region?: string; industry?: string; consent?: 'granted' | 'opted-out' | 'unknown' } = {}) {
  const slug = name.toLowerCase();
  return app.createClient({
    client: { name, region: fields.region ?? '', industry: fields.industry ?? '', mailingConsent: fields.consent ?? 'granted', domains: [`${slug}.com`] },
    contacts: [{ name: `${name} Contact`, position: '', emails: [`info@${slug}.com`], phones: [] }],
  });
}

const kyivRetail: Query = {
  records: 'clients',
  filter: { join: 'and', items: [{ field: 'region', op: 'eq', value: 'kyiv' }, { field: 'industry', op: 'eq', value: 'retail' }] },
  groupBy: [{ field: 'status' }],
  measures: [{ kind: 'count' }],
};

describe('mailing audience from a saved query', () => {
  it('reaches the clients a saved client query finds, still leaving out those who cannot be mailed and saying why', async () => {
    const { app, mailings } = await open();
    await aClient(app, 'Alpha', { region: 'kyiv', industry: 'retail' });
    await aClient(app, 'Beta', { region: 'kyiv', industry: 'retail', consent: 'opted-out' });
    await aClient(app, 'Gamma', { region: 'kyiv', industry: 'energy' });
    await aClient(app, 'Delta', { region: 'lviv', industry: 'retail' });
    const saved = await app.analytics!.saveQuery('Kyiv retail', kyivRetail);

    expect((await mailings.savedQueries()).map((q) => q.name)).toEqual(['Kyiv retail']);
    const audience = await mailings.audience(anyone, saved.id);
    expect(audience.recipients.map((r) => r.client.name)).toEqual(['Alpha']);
    expect(audience.excluded.map((e) => [e.clientName, e.reason])).toEqual([['Beta', 'opted-out']]);
    expect(audience.fromQuery).toMatchObject({ savedQuery: { name: 'Kyiv retail' }, clients: 2 });

    // Without a saved query every client is a candidate, as before.
    expect((await mailings.audience(anyone)).recipients.map((r) => r.client.name)).toEqual(['Alpha', 'Delta', 'Gamma']);
  });

  it('takes the clients of the deals a deal query finds, each client once', async () => {
    const { app, mailings } = await open();
    const alpha = await aClient(app, 'Alpha');
    const beta = await aClient(app, 'Beta');
    await aClient(app, 'Gamma');
    await app.deals.create({ clientId: alpha.id, title: 'Big tender', currency: 'UAH', amountMinor: 5_000_000 });
    await app.deals.create({ clientId: alpha.id, title: 'Second tender', currency: 'UAH', amountMinor: 3_000_000 });
    await app.deals.create({ clientId: beta.id, title: 'Small order', currency: 'UAH', amountMinor: 10_000 });
    const bigDeals: Query = { records: 'deals', filter: { join: 'and', items: [{ field: 'amount', op: 'gte', value: '10000' }] }, groupBy: [], measures: [{ kind: 'count' }] };
    const saved = await app.analytics!.saveQuery('Big deals', bigDeals);

    const audience = await mailings.audience(anyone, saved.id);
    expect(audience.recipients.map((r) => r.client.name)).toEqual(['Alpha']);
    expect(audience.fromQuery?.clients).toBe(1);
  });

  it('takes the clients of the payments, History entries or service cases a query finds', async () => {
    const { app, mailings } = await open();
    const alpha = await aClient(app, 'Alpha');
    const beta = await aClient(app, 'Beta');
    await aClient(app, 'Gamma');
    const deal = await app.deals.create({ clientId: alpha.id, title: 'Tender', currency: 'UAH', amountMinor: 100_000, owner: 'olena@clientbook.example' });
    const invoice = await app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 100_000, issueDate: '2026-01-10', dueDate: '2026-02-10' });
    await app.deals.recordPayment({ invoiceId: invoice.id, amountMinor: 50_000, date: '2026-01-20' });
    await app.deals.openServiceCase({ clientId: beta.id, title: 'Leak', description: '', severity: 'critical' });
    await app.recordContact({ clientId: beta.id, type: 'call', at: '2026-01-15T10:00:00.000Z', text: 'Asked about prices', outcome: '' });
    // Two saved queries may not share a name.
    let saves = 0;
    const of = async (query: Query) => (await mailings.audience(anyone, (await app.analytics!.saveQuery(`q ${++saves}`, query)).id)).recipients.map((r) => r.client.name);
    const where = (records: Query['records'], field: string, value: string): Query => ({ records, filter: { join: 'and', items: [{ field, op: 'eq', value }] }, groupBy: [], measures: [{ kind: 'count' }] });

    // A payment's owner is its deal's: the deals are read with the payments.
    expect(await of(where('payments', 'owner', 'olena@clientbook.example'))).toEqual(['Alpha']);
    expect(await of(where('cases', 'severity', 'critical'))).toEqual(['Beta']);
    expect(await of(where('history', 'type', 'call'))).toEqual(['Beta']);
  });

  it('narrows the saved query by the filter', async () => {
    const { app, mailings } = await open();
    await aClient(app, 'Alpha', { region: 'kyiv', industry: 'retail' });
    const saved = await app.analytics!.saveQuery('Kyiv retail', kyivRetail);
    expect((await mailings.audience({ regions: ['lviv'], industries: [], statuses: [] }, saved.id)).recipients).toEqual([]);
  });

  it('says the saved query is gone rather than mailing everyone', async () => {
    const { app, mailings } = await open();
    await aClient(app, 'Alpha');
    const saved = await app.analytics!.saveQuery('Kyiv retail', kyivRetail);
    await app.analytics!.deleteQuery(saved.id);
    await expect(mailings.audience(anyone, saved.id)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('keeps the query with the mailing and, after reopening the pane, sends to the recipients it had when started', async () => {
    // The first pane's mailbox cannot send, as when the pane is closed right after starting.
    const closing: MailSender = {
      send: async () => {
        throw new MailSendError('unavailable', 'pane closed');
      },
    };
    const first = await open(undefined, closing);
    await aClient(first.app, 'Alpha', { region: 'kyiv', industry: 'retail' });
    await aClient(first.app, 'Beta', { region: 'kyiv', industry: 'retail' });
    const later = await aClient(first.app, 'Gamma', { region: 'kyiv', industry: 'energy' });
    const saved = await first.app.analytics!.saveQuery('Kyiv retail', kyivRetail);
    const template = await first.mailings.saveTemplate({ name: 'Offer', subject: 'Offer for {{client.name}}', bodyHtml: '<p>Hello</p>', attachments: [] });
    const mailing = await first.mailings.start({ templateId: template.id, name: 'Spring', audience: anyone, savedQueryId: saved.id });
    await first.mailings.runner.run();
    expect(await first.mailings.progress(mailing.id)).toMatchObject({ sent: 0, queued: 2, mailing: { status: 'paused' } });

    // While the pane is closed the data and the saved query change: now it would find Gamma only.
    await first.app.saveClient({ ...later, industry: 'retail' });
    await first.app.analytics!.saveQuery('Kyiv retail', { ...kyivRetail, filter: { join: 'and', items: [{ field: 'name', op: 'eq', value: 'Gamma' }] } }, saved.id);

    const sender = new RecordingSender();
    const reopened = await open(first.dbName, sender);
    const stored = (await reopened.mailings.progress(mailing.id))!.mailing;
    expect(stored.audienceQuery).toEqual({ savedQueryId: saved.id, name: 'Kyiv retail', query: kyivRetail });
    await reopened.mailings.resume(mailing.id);
    await reopened.mailings.runner.run();
    expect(sender.sent.map((m) => m.subject).sort()).toEqual(['Offer for Alpha', 'Offer for Beta']);
  });
});
