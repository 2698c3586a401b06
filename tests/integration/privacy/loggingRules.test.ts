/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { demoMessages } from '../../../src/adapters/office/demo/demoMessages';
import { entityLists } from '../../../src/adapters/graph/entityLists';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieSyncState } from '../../../src/adapters/storage/DexieSyncState';
import { openApp } from '../../../src/app/openApp';
import type { Clock, ReadItem } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';
import { aReadItem } from '../../support/builders/aReadItem';

let seq = 0;
const now = new Date(2026, 10, 27, 10, 0, 0);
const clock: Clock = { now: () => new Date(now) };

/** A confidential message from Taras of Fabrikam, with a draft contract attached. */
const aConfidentialMail = (overrides: Partial<ReadItem> = {}) =>
  aReadItem({ from: { name: 'Taras Melnyk', email: 'taras.melnyk@fabrikam.com' }, conversationId: 'conv-1', date: '2026-11-26T08:30:00.000Z', subject: 'Salary negotiation: confidential', attachments: [{ name: 'contract-draft.pdf', size: 1000, contentType: 'application/pdf', isInline: false }], ...overrides });

async function setUp() {
  const dbName = `privacy-${++seq}`;
  const host = new FakeMailHost();
  const app = await openApp(host, { dbName, clock });
  const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
  return { host, app, client, db: new ClientbookDb(dbName) };
}

describe('never-log rules', () => {
  it('stores nothing for a message to an address on the team list, marks nothing, and says why', async () => {
    const { app, host, client, db } = await setUp();
    await app.logging.saveTeamPolicy({ internalDomains: [], neverLog: ['Taras.Melnyk@Fabrikam.com'], storedPart: 'body' });
    const item = aConfidentialMail();
    const result = await app.logEmail(item, client.id);
    expect(result).toEqual({ status: 'never-log', reason: { kind: 'team-rule', rule: 'taras.melnyk@fabrikam.com', address: 'taras.melnyk@fabrikam.com' } });
    expect(await db.history.count()).toBe(0);
    expect(host.logged.has(item.itemId)).toBe(false);
    expect((await app.recognizeMessage(item)).neverLog).toEqual({ kind: 'team-rule', rule: 'taras.melnyk@fabrikam.com', address: 'taras.melnyk@fabrikam.com' });
  });

  it('applies a personal exclusion by domain, and the team’s extra internal domains', async () => {
    const { app, client } = await setUp();
    await app.logging.saveMyPrefs({ neverLog: ['@fabrikam.com'], autoLog: false });
    expect(await app.logEmail(aConfidentialMail(), client.id)).toMatchObject({ status: 'never-log', reason: { kind: 'my-rule', rule: 'fabrikam.com' } });

    await app.logging.saveMyPrefs({ neverLog: [], autoLog: false });
    await app.logging.saveTeamPolicy({ internalDomains: ['clientbook-sales.example'], neverLog: [], storedPart: 'body' });
    const internal = aConfidentialMail({ from: { name: 'Oksana', email: 'oksana@clientbook-sales.example' } });
    expect(await app.logEmail(internal, client.id)).toEqual({ status: 'never-log', reason: { kind: 'internal' } });
    expect(await app.logEmail(aConfidentialMail(), client.id)).toMatchObject({ status: 'logged' });
  });

  it('refuses a rule that is neither an address nor a domain', async () => {
    const { app } = await setUp();
    await expect(app.logging.saveTeamPolicy({ internalDomains: [], neverLog: ['not a rule'], storedPart: 'body' })).rejects.toMatchObject({
      name: 'ValidationError',
      errors: [{ field: 'neverLog', key: 'errors.invalidRule' }],
    });
  });

  it('never-log beats auto-log: an opened message under a rule stays unlogged', async () => {
    const { app, host, db } = await setUp();
    await app.logging.saveMyPrefs({ neverLog: ['taras.melnyk@fabrikam.com'], autoLog: true });
    const item = aConfidentialMail();
    expect(await app.logging.autoLogOnOpen(item)).toMatchObject({ kind: 'done', result: { status: 'never-log' } });
    expect(await db.history.count()).toBe(0);
    expect(host.logged.size).toBe(0);
  });
});

describe('what a logged email keeps', () => {
  async function storedAndQueued(db: ClientbookDb, id: string) {
    const stored = await db.history.get(id);
    const queued = await db.outbox.where('[table+key]').equals(['history', id]).toArray();
    return { stored, queued };
  }

  it('metadata only: subject, body and attachment names are absent from IndexedDB and from what the outbox pushes', async () => {
    const { app, host, client, db } = await setUp();
    await app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'metadata' });
    const item = aConfidentialMail();
    const getBody = jest.fn(host.getBody.bind(host));
    host.getBody = getBody;
    host.setBody(item.itemId, { kind: 'text', content: 'The offer is 12,000 EUR, keep it between us.' });
    const result = await app.logEmail(item, client.id);
    if (result.status !== 'logged') throw new Error(result.status);
    // The body is not even read.
    expect(getBody).not.toHaveBeenCalled();
    const { stored, queued } = await storedAndQueued(db, result.entry.id);
    expect(queued).toHaveLength(1);
    const raw = JSON.stringify(stored);
    expect(raw).not.toContain('Salary');
    expect(raw).not.toContain('12,000');
    expect(raw).not.toContain('contract-draft.pdf');
    expect(stored).toMatchObject({ storedPart: 'metadata', subject: '', text: '', email: { from: { email: 'taras.melnyk@fabrikam.com' }, attachmentNames: [] } });
    // What the sync engine would push, and the SharePoint list item it would write, hold none of it either.
    const pushed = (await new DexieSyncState(db).pendingHead(100)).find((p) => p.table === 'history' && p.key === result.entry.id);
    expect(pushed?.record).toEqual(stored);
    const listItem = JSON.stringify(entityLists.history.toListItemFields(pushed!.record!));
    for (const secret of ['Salary', '12,000', 'contract-draft.pdf']) expect(listItem).not.toContain(secret);
  });

  it('subject: keeps the subject, not the body; an author may keep less than the team allows but never more', async () => {
    const { app, host, client, db } = await setUp();
    await app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'subject' });
    const item = aConfidentialMail();
    host.setBody(item.itemId, { kind: 'text', content: 'The offer is 12,000 EUR.' });
    const wider = await app.logEmail(item, client.id, [], { storedPart: 'body' });
    if (wider.status !== 'logged') throw new Error(wider.status);
    const stored = await db.history.get(wider.entry.id);
    expect(stored).toMatchObject({ storedPart: 'subject', subject: 'Salary negotiation: confidential', text: '' });
    expect(JSON.stringify(stored)).not.toContain('12,000');

    const narrower = await app.logEmail(aConfidentialMail({ subject: 'Only metadata please' }), client.id, [], { storedPart: 'metadata' });
    if (narrower.status !== 'logged') throw new Error(narrower.status);
    expect(await db.history.get(narrower.entry.id)).toMatchObject({ storedPart: 'metadata', subject: '' });
  });

  it('full body by default, as before the setting existed', async () => {
    const { app, host, client } = await setUp();
    const item = aConfidentialMail();
    host.setBody(item.itemId, { kind: 'text', content: 'Full text.' });
    expect(await app.logEmail(item, client.id)).toMatchObject({ status: 'logged', entry: { storedPart: 'body', text: 'Full text.', email: { attachmentNames: ['contract-draft.pdf'] } } });
  });
});

describe('whole conversations and auto-log in the demo mailbox', () => {
  async function demo() {
    const mailbox = new DemoMailbox({ messages: demoMessages(now) });
    const host = new DemoMailHost(mailbox);
    const dbName = `privacy-demo-${++seq}`;
    const app = await openApp(host, { dbName, clock });
    const [contoso] = await app.queries.searchClients('contoso.com');
    return { mailbox, host, app, contoso: contoso!.client, db: new ClientbookDb(dbName) };
  }

  it('counts the thread’s logged messages and logs the rest once, in one click', async () => {
    const { mailbox, host, app, contoso, db } = await demo();
    mailbox.select('demo-thread-3');
    const open = host.currentItem() as ReadItem;
    await app.logEmail(open, contoso.id);
    expect(await app.logging.conversationStatus(open)).toMatchObject({ total: 4, logged: 1 });

    expect(await app.logging.logRestOfConversation(open, contoso.id)).toEqual({ logged: 3, alreadyLogged: 0, neverLogged: 0, failed: 0 });
    expect(await app.logging.conversationStatus(open)).toMatchObject({ total: 4, logged: 4, rest: [] });
    for (const id of ['demo-thread-1', 'demo-thread-2', 'demo-thread-3', 'demo-thread-4']) expect(mailbox.isLogged(id)).toBe(true);
    // Again: nothing new, no duplicates.
    expect(await app.logging.logRestOfConversation(open, contoso.id)).toEqual({ logged: 0, alreadyLogged: 0, neverLogged: 0, failed: 0 });
    const threadEntries = await db.history.where('email.conversationId').equals(open.conversationId).toArray();
    expect(threadEntries).toHaveLength(4);
    // The reply Maria sent is logged as sent, with its attachment name.
    expect(threadEntries.find((e) => e.email?.direction === 'sent')).toMatchObject({ email: { attachmentNames: ['Quote-2027-Contoso.pdf'] } });
  });

  it('auto-logs a received message from a known client when opened, lists it, and undoes it in one click', async () => {
    const { mailbox, host, app, db } = await demo();
    mailbox.select('demo-thread-4');
    const item = host.currentItem() as ReadItem;
    expect(await app.logging.autoLogOnOpen(item)).toEqual({ kind: 'off' });

    await app.logging.saveMyPrefs({ neverLog: [], autoLog: true });
    const outcome = await app.logging.autoLogOnOpen(item);
    expect(outcome).toMatchObject({ kind: 'done', result: { status: 'logged', entry: { autoLogged: true } } });
    expect(mailbox.isLogged('demo-thread-4')).toBe(true);
    const [listed] = await app.logging.autoLoggedEntries();
    expect(listed).toMatchObject({ subject: 'RE: Quote request: spare parts for 2027' });

    const seqBefore = await db.outbox.count();
    expect(await app.logging.undoAutoLog(listed!.id)).toEqual({ categoryRemoved: true });
    expect(await db.history.get(listed!.id)).toBeUndefined();
    expect((await db.outbox.toArray()).slice(seqBefore)).toEqual([expect.objectContaining({ table: 'history', key: listed!.id, op: 'delete' })]);
    expect(mailbox.isLogged('demo-thread-4')).toBe(false);
    expect(await app.logging.autoLoggedEntries()).toEqual([]);
  });

  it('logs sent mail to known clients from Sent Items once auto-log is on, never older mail, never under a rule', async () => {
    const { mailbox, app, db } = await demo();
    expect(await app.logging.autoLogSentMail()).toEqual({ logged: 0, failed: 0, retrying: 0 });
    await app.logging.saveMyPrefs({ neverLog: ['james.wright@contoso.com'], autoLog: true });
    const sent = (id: string, to: { name: string; email: string }, minutes: number) =>
      mailbox.send({
        id,
        internetMessageId: `<${id}@clientbook.example>`,
        conversationId: `conv-${id}`,
        subject: `Follow-up ${id}`,
        from: { name: mailbox.profile.displayName, email: mailbox.profile.email },
        sender: null,
        to: [to],
        cc: [],
        date: new Date(now.getTime() + minutes * 60_000).toISOString(),
        body: { kind: 'text', content: 'Thanks for the call.' },
        attachments: [],
      });
    sent('sent-olivia', { name: 'Olivia Bennett', email: 'olivia.bennett@contoso.com' }, 5);
    sent('sent-james', { name: 'James Wright', email: 'james.wright@contoso.com' }, 6);
    sent('sent-stranger', { name: 'Someone', email: 'someone@unknown-company.example' }, 7);

    expect(await app.logging.autoLogSentMail()).toEqual({ logged: 1, failed: 0, retrying: 0 });
    const auto = await app.logging.autoLoggedEntries();
    expect(auto).toEqual([expect.objectContaining({ subject: 'Follow-up sent-olivia', autoLogged: true, email: expect.objectContaining({ direction: 'sent' }) })]);
    expect(mailbox.isLogged('sent-olivia')).toBe(true);
    // The thread's reply from five days ago was sent before auto-log was on: not swept in.
    expect(mailbox.isLogged('demo-thread-2')).toBe(false);
    expect(await db.history.where('email.conversationId').equals('conv-sent-james').count()).toBe(0);
    // A second sweep finds nothing new.
    expect(await app.logging.autoLogSentMail()).toEqual({ logged: 0, failed: 0, retrying: 0 });
  });

  it('does not auto-log what the user sent, nor a message already logged by hand', async () => {
    const { mailbox, host, app, contoso } = await demo();
    await app.logging.saveMyPrefs({ neverLog: [], autoLog: true });
    mailbox.select('demo-thread-2');
    expect(await app.logging.autoLogOnOpen(host.currentItem() as ReadItem)).toEqual({ kind: 'not-applicable' });
    mailbox.select('demo-thread-1');
    const first = host.currentItem() as ReadItem;
    await app.logEmail(first, contoso.id);
    expect(await app.logging.autoLogOnOpen(first)).toEqual({ kind: 'not-applicable' });
    await expect(app.logging.undoAutoLog((await app.recognizeMessage(first)).entryId)).rejects.toMatchObject({ name: 'UndoAutoLogError' });
  });
});
