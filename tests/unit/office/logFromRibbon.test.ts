import 'fake-indexeddb/auto';
import { logFromRibbon } from '../../../src/app/logFromRibbon';
import { openApp } from '../../../src/app/openApp';
import type { Clock, MailBody, ReadItem } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';
import { aReadItem } from '../../support/builders/aReadItem';

let seq = 0;
const clock: Clock = { now: () => new Date(2026, 10, 27, 10, 0, 0) };

/** Taras of Fabrikam's quote request. */
const aQuote = (overrides: Partial<ReadItem> = {}) => aReadItem({ from: { name: 'Taras Melnyk', email: 'taras.melnyk@fabrikam.com' }, conversationId: 'conv-1', date: '2026-11-26T08:30:00.000Z', subject: 'Quote for 40 units', ...overrides });

/** A ribbon click in Outlook: its own app on the shared IndexedDB, on the message that is open. */
async function aRibbon(item: ReadItem, displayLanguage = 'en-US') {
  const host = new FakeMailHost({ item, displayLanguage });
  const app = await openApp(host, { dbName: `ribbon-${++seq}`, clock });
  return { host, app };
}

describe('logFromRibbon', () => {
  it('logs the message to the one client it matches and says so on the message', async () => {
    const item = aQuote();
    const { host, app } = await aRibbon(item);
    const client = await app.createClient({
      client: { name: 'Fabrikam', domains: ['fabrikam.com'] },
      contacts: [{ name: 'Taras Melnyk', position: '', emails: ['taras.melnyk@fabrikam.com'], phones: [] }],
    });
    host.setBody(item.itemId, { kind: 'text', content: 'Please send the quote.' } satisfies MailBody);

    const outcome = await logFromRibbon(app);

    expect(outcome).toEqual({ kind: 'logged', clientName: 'Fabrikam' });
    expect(host.notifications).toEqual([{ itemId: item.itemId, message: 'Logged to Fabrikam.' }]);
    expect(host.logged.has(item.itemId)).toBe(true);
    const { history, contacts } = await app.queries.clientCard(client.id);
    expect(history).toMatchObject([{ type: 'email', subject: 'Quote for 40 units', text: 'Please send the quote.', contactIds: [contacts[0]?.id] }]);
  });

  it('logs nothing twice: a second click says the message is already logged', async () => {
    const item = aQuote();
    const { host, app } = await aRibbon(item);
    const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });

    await logFromRibbon(app);
    const second = await logFromRibbon(app);

    expect(second).toEqual({ kind: 'already-logged', clientName: 'Fabrikam' });
    expect(host.notifications.at(-1)?.message).toBe('Already logged to Fabrikam.');
    expect((await app.queries.clientCard(client.id)).history).toHaveLength(1);
  });

  it('says the message is already logged to the client it was logged to, even when it now matches several', async () => {
    const item = aQuote({ cc: [{ name: 'Petro', email: 'petro@contoso.com' }] });
    const { host, app } = await aRibbon(item);
    const fabrikam = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
    await app.logEmail(item, fabrikam.id);
    await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] });

    expect(await logFromRibbon(app)).toEqual({ kind: 'already-logged', clientName: 'Fabrikam' });
    expect(host.notifications.at(-1)?.message).toBe('Already logged to Fabrikam.');
  });

  it('asks the user to open the pane to choose when the message matches several clients', async () => {
    const item = aQuote({ cc: [{ name: 'Petro', email: 'petro@contoso.com' }] });
    const { host, app } = await aRibbon(item);
    const fabrikam = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
    await app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [] });

    expect(await logFromRibbon(app)).toEqual({ kind: 'choose-client', clientCount: 2 });
    expect(host.notifications.at(-1)?.message).toBe('This message matches 2 clients. Open the Clientbook pane to choose one.');
    expect((await app.queries.clientCard(fabrikam.id)).history).toEqual([]);
    expect(host.logged.size).toBe(0);
  });

  it('asks the user to open the pane to create the client when nobody matches', async () => {
    const item = aQuote({ from: { name: 'Stranger', email: 'stranger@gmail.com' } });
    const { host, app } = await aRibbon(item);

    expect(await logFromRibbon(app)).toEqual({ kind: 'create-client' });
    expect(host.notifications).toEqual([{ itemId: item.itemId, message: 'No client matches this message. Open the Clientbook pane to create the client.' }]);
  });

  it('answers in Ukrainian when Outlook is in Ukrainian', async () => {
    const item = aQuote();
    const { host, app } = await aRibbon(item, 'uk-UA');
    await app.createClient({ client: { name: 'Фабрикам', domains: ['fabrikam.com'] }, contacts: [] });

    await logFromRibbon(app);
    await logFromRibbon(app);

    expect(host.notifications.map((n) => n.message)).toEqual(['Записано в історію клієнта «Фабрикам».', 'Уже записано в історію клієнта «Фабрикам».']);
  });

  it('tells the user when the message could not be logged, and logs nothing', async () => {
    const item = aQuote();
    const { host, app } = await aRibbon(item);
    const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
    const unreadable = new Error('body unavailable');
    jest.spyOn(host, 'getBody').mockRejectedValue(unreadable);

    const outcome = await logFromRibbon(app);

    expect(outcome).toMatchObject({ kind: 'failed', error: { name: 'LogEmailError', cause: unreadable } });
    expect(host.notifications.at(-1)?.message).toBe('Clientbook could not log this message. Open the Clientbook pane to try again.');
    expect((await app.queries.clientCard(client.id)).history).toEqual([]);
  });

  it('does nothing when no message is open in read mode', async () => {
    const host = new FakeMailHost({ item: null });
    const app = await openApp(host, { dbName: `ribbon-${++seq}`, clock });

    expect(await logFromRibbon(app)).toEqual({ kind: 'no-message' });
    expect(host.notifications).toEqual([]);
  });
});
