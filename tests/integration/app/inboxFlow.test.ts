/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { openApp } from '../../../src/app/openApp';
import { ValidationError } from '../../../src/app/validation';
import type { Clock, ReadItem } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';
import { aReadItem } from '../../support/builders/aReadItem';

let seq = 0;
const now = new Date(2026, 10, 27, 10, 0, 0);
const clock: Clock = { now: () => new Date(now) };

/** Taras of Fabrikam's quote, with a spec attached. */
const aQuote = (overrides: Partial<ReadItem> = {}) =>
  aReadItem({ from: { name: 'Taras Melnyk', email: 'taras.melnyk@fabrikam.com' }, conversationId: 'conv-1', date: '2026-11-26T08:30:00.000Z', subject: 'Quote for 40 units', attachments: [{ name: 'spec.pdf', size: 1000, contentType: 'application/pdf', isInline: false }], ...overrides });

async function setUp(dbName = `inbox-${++seq}`) {
  const host = new FakeMailHost();
  const app = await openApp(host, { dbName, clock });
  return { host, app, dbName };
}

describe('the inbox flow on IndexedDB', () => {
  it('recognises an unknown sender, creates the client from the draft, then matches the sender', async () => {
    const { app, host } = await setUp();
    const item = aQuote();
    host.setBody(item.itemId, { kind: 'text', content: 'Hello\n\nTaras Melnyk\nProcurement Manager\n+380 44 123 45 67' });
    const before = await app.recognizeMessage(item);
    expect(before.matches).toMatchObject([{ kind: 'unknown', reason: 'new' }]);

    const draft = await app.draftClient(item, item.from!);
    expect(draft).toMatchObject({ name: 'Fabrikam', domains: ['fabrikam.com'], contact: { name: 'Taras Melnyk', email: 'taras.melnyk@fabrikam.com', position: 'Procurement Manager', phones: ['+380 44 123 45 67'] } });
    const client = await app.createClient({
      client: { name: draft.name, domains: draft.domains },
      contacts: [{ name: draft.contact.name, position: draft.contact.position, emails: [draft.contact.email], phones: draft.contact.phones }],
    });

    const after = await app.recognizeMessage(item);
    expect(after.matches).toMatchObject([{ kind: 'contact', client: { id: client.id } }]);
    const colleague = await app.recognizeMessage(aQuote({ from: { name: 'Iryna', email: 'iryna@fabrikam.com' } }));
    expect(colleague.matches).toMatchObject([{ kind: 'domain', client: { id: client.id } }]);
  });

  it('suggests the lead source the message names and that the sender wrote to us, only where the team’s lists offer them', async () => {
    const { app, host } = await setUp();
    const item = aQuote();
    host.setBody(item.itemId, { kind: 'text', content: 'Hello,\n\nWe found you at the Kyiv IT Expo.\n\nTaras Melnyk\nProcurement Manager' });
    expect(await app.draftClient(item, item.from!)).toMatchObject({ leadSource: 'exhibition', trigger: 'inbound-email' });
    // A colleague in copy did not write it.
    expect(await app.draftClient(item, { name: 'Iryna', email: 'iryna@fabrikam.com' })).toMatchObject({ trigger: '' });

    const exhibition = (await app.queries.referenceItems()).find((i) => i.list === 'leadSource' && i.code === 'exhibition')!;
    await app.saveReferenceItem({ ...exhibition, archived: true });
    expect(await app.draftClient(item, item.from!)).toMatchObject({ leadSource: '', trigger: 'inbound-email' });
  });

  it('logs an email once, marks it in Outlook, and a second log — also from another pane — finds the first', async () => {
    const { app, host, dbName } = await setUp();
    const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
    const item = aQuote();
    host.setBody(item.itemId, { kind: 'html', content: '<p>Hello <b>Maria</b></p><script>alert(1)</script>' });

    const first = await app.logEmail(item, client.id);
    expect(first).toMatchObject({ status: 'logged', mark: { ok: true }, entry: { type: 'email', text: 'Hello Maria', subject: 'Quote for 40 units' } });
    expect(host.logged.has(item.itemId)).toBe(true);
    if (first.status !== 'logged') throw new Error('unexpected');
    expect(first.entry.email).toMatchObject({ direction: 'received', attachmentNames: ['spec.pdf'] });

    const { app: otherPane } = await setUp(dbName);
    const second = await otherPane.logEmail({ ...item, itemId: 'moved-item-id', internetMessageId: ` ${item.internetMessageId.toUpperCase()} ` }, client.id);
    expect(second.status).toBe('already-logged');
    expect(await app.queries.clientCard(client.id)).toMatchObject({ history: [{ id: first.entry.id }] });
    expect((await app.recognizeMessage(item)).logged).toBe(true);
  });

  it('keeps the entry when Outlook refuses the category, and says so', async () => {
    const { app, host } = await setUp();
    host.markLogged = async () => {
      throw new Error('categories not supported');
    };
    const client = await app.createClient({ client: { name: 'Fabrikam' }, contacts: [] });
    const result = await app.logEmail(aQuote(), client.id);
    expect(result).toMatchObject({ status: 'logged', mark: { ok: false } });
    expect((await app.queries.clientCard(client.id)).history).toHaveLength(1);
  });

  it('records a call that completes the planned contact, and plans the next one', async () => {
    const { app } = await setUp();
    const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
    const plan = await app.planNextContact({ clientId: client.id, due: '2026-11-27', kind: 'call', note: 'Discuss the quote' });
    expect((await app.queries.dayPlan()).rows).toMatchObject([{ client: { id: client.id }, dueToday: 1 }]);

    const entry = await app.recordContact({ clientId: client.id, type: 'call', at: now.toISOString(), text: 'Agreed on a demo', outcome: 'Demo next week', completesPlannedContactId: plan.id });
    const card = await app.queries.clientCard(client.id);
    expect(card.plans).toMatchObject([{ id: plan.id, status: 'done', doneByEntryId: entry.id }]);
    expect((await app.queries.dayPlan()).rows).toEqual([]);
    await app.planNextContact({ clientId: client.id, due: '2026-12-02', kind: 'demo', note: '' });
    expect((await app.queries.clientCard(client.id)).plans.filter((p) => p.status === 'open')).toHaveLength(1);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const { app } = await setUp();
    await expect(app.createClient({ client: { name: ' ', domains: ['not a domain'] }, contacts: [{ name: 'X', position: '', emails: ['x@'], phones: [] }] }))
      .rejects.toMatchObject({ errors: [{ field: 'name', key: 'errors.required' }, { field: 'domains', key: 'errors.invalidDomain' }, { field: 'contacts.0.emails', key: 'errors.invalidEmail' }] });
    await expect(app.createClient({ client: { name: 'Ok' }, contacts: [{ name: 'X', position: '', emails: ['x@'], phones: [] }] })).rejects.toBeInstanceOf(ValidationError);
    const client = await app.createClient({ client: { name: 'Ok' }, contacts: [] });
    await expect(app.planNextContact({ clientId: client.id, due: '2026-11-01', kind: 'call', note: '' })).rejects.toMatchObject({ errors: [{ field: 'due', key: 'errors.pastDate' }] });
    await expect(app.recordContact({ clientId: client.id, type: 'call', at: 'yesterday', text: '', outcome: '' })).rejects.toBeInstanceOf(ValidationError);
    expect(await app.queries.countClients()).toBe(1);
  });

  it('refuses a contact address another contact person has, in any case or spacing, naming them, whether added to a card or with a new client', async () => {
    const { app } = await setUp();
    const fabrikam = await app.createClient({ client: { name: 'Fabrikam Logistics' }, contacts: [{ name: 'Daniel Kim', position: '', emails: ['daniel.kim@fabrikam.com'], phones: [] }] });
    const contoso = await app.createClient({ client: { name: 'Contoso Ltd' }, contacts: [{ name: 'Ann Lee', position: '', emails: ['ann@contoso.com'], phones: [] }] });
    const taken = (name: string, client: string, field = 'emails') => ({ errors: [{ field, index: 0, key: 'errors.emailTaken', params: { name, client } }] });

    await expect(app.saveContact({ clientId: contoso.id, name: 'Anna Nowak', position: '', emails: [' Daniel.Kim@FABRIKAM.com '], phones: [] })).rejects.toMatchObject(taken('Daniel Kim', 'Fabrikam Logistics'));
    await expect(app.saveContact({ clientId: contoso.id, name: 'Anna Nowak', position: '', emails: ['ANN@contoso.com'], phones: [] })).rejects.toMatchObject(taken('Ann Lee', 'Contoso Ltd'));
    // A new client's contact, and two new contacts of one client with one address.
    await expect(app.createClient({ client: { name: 'Northwind' }, contacts: [{ name: 'Olga', position: '', emails: ['ann@contoso.com'], phones: [] }] })).rejects.toMatchObject(taken('Ann Lee', 'Contoso Ltd', 'contacts.0.emails'));
    await expect(
      app.createClient({ client: { name: 'Northwind' }, contacts: [{ name: 'Olga', position: '', emails: ['olga@northwind.example'], phones: [] }, { name: 'Ivan', position: '', emails: ['Olga@northwind.example'], phones: [] }] }),
    ).rejects.toMatchObject(taken('Olga', 'Northwind', 'contacts.1.emails'));
    // Editing a contact keeps its own address.
    const [daniel] = (await app.queries.clientCard(fabrikam.id)).contacts;
    await expect(app.saveContact({ ...daniel!, position: 'Buyer' })).resolves.toMatchObject({ position: 'Buyer' });
    expect((await app.queries.clientCard(contoso.id)).contacts).toHaveLength(1);
    expect(await app.queries.countClients()).toBe(2);
  });

  it('queues every write in the outbox and keeps everything after a reopen', async () => {
    const { app, dbName } = await setUp();
    const client = await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [{ name: 'Olena', position: '', emails: ['olena@contoso.com'], phones: [] }] });
    await app.planNextContact({ clientId: client.id, due: '2026-11-28', kind: 'call', note: '' });
    const pending = await app.queries.pendingOutboxCount();
    expect(pending).toBeGreaterThanOrEqual(3);

    const { app: reopened } = await setUp(dbName);
    const card = await reopened.queries.clientCard(client.id);
    expect(card).toMatchObject({ client: { name: 'Contoso' }, contacts: [{ name: 'Olena' }], plans: [{ due: '2026-11-28' }] });
    expect(await reopened.queries.searchClients('olena@')).toMatchObject([{ client: { id: client.id } }]);
    expect(await reopened.queries.searchClients('conto')).toMatchObject([{ client: { id: client.id } }]);
  });
});
