/**
 * GraphConversationSource against the emulator's mailbox: a long thread over several pages,
 * Sent Items' delta feed from a starting instant, its deltaLink kept across pane sessions, and a
 * link Exchange no longer knows (410) starting a fresh round instead of failing.
 */
import { GraphClient } from '../../../src/adapters/graph/GraphClient';
import { GraphConversationSource, memoryDeltaLinks } from '../../../src/adapters/graph/GraphConversationSource';
import { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import type { NewMessage } from '../../support/graph-emulator/MailMessagesState';

let emulator: GraphEmulator;

beforeEach(async () => {
  // Two messages a page, so every read here spans pages.
  emulator = new GraphEmulator({ pageSize: 2 });
  await emulator.start();
});

afterEach(() => emulator.stop());

const client = () => new GraphClient({ baseUrl: `${emulator.baseUrl}/v1.0`, token: async () => 'token' });
const me = { name: 'Maria Koval', address: 'maria@clientbook.example' };
const olena = { name: 'Olena Bondar', address: 'olena@fabrikam.com' };

const sent = (id: string, at: string): NewMessage => ({ id, internetMessageId: `<${id}@clientbook.example>`, conversationId: `conv-${id}`, subject: id, from: me, to: [olena], receivedDateTime: at, folder: 'sentitems' });

describe('GraphConversationSource on the emulated mailbox', () => {
  it('lists a five-message thread from the inbox and Sent Items over three pages, oldest first', async () => {
    const times = ['2026-11-24', '2026-11-20', '2026-11-22', '2026-11-21', '2026-11-23'];
    times.forEach((day, i) =>
      emulator.messages.add({ id: `t${i}`, internetMessageId: `<t${i}@x>`, conversationId: "AAQk'thread", from: i % 2 ? me : olena, to: [i % 2 ? olena : me], receivedDateTime: `${day}T09:00:00Z`, folder: i % 2 ? 'sentitems' : 'inbox' }),
    );
    emulator.messages.add({ id: 'elsewhere', internetMessageId: '<e@x>', conversationId: 'other', from: olena, to: [me] });

    const items = await new GraphConversationSource(client()).messagesOf("AAQk'thread");

    expect(items.map((i) => i.itemId)).toEqual(['t1', 't3', 't2', 't4', 't0']);
    expect(items[0]).toMatchObject({ from: { email: 'maria@clientbook.example' }, to: [{ email: 'olena@fabrikam.com' }], date: '2026-11-20T09:00:00Z' });
  });

  it('reads Sent Items from the given instant on, then only what is new, also after the pane reopens', async () => {
    const links = memoryDeltaLinks();
    emulator.messages.add(sent('last-year', '2025-11-20T09:00:00Z'));
    ['a', 'b', 'c'].forEach((id, i) => emulator.messages.add(sent(id, `2026-11-27T10:0${i}:00Z`)));
    emulator.messages.add({ id: 'in', internetMessageId: '<in@x>', from: olena, to: [me], receivedDateTime: '2026-11-27T10:05:00Z', folder: 'inbox' });

    const first = new GraphConversationSource(client(), client(), links);
    expect((await first.sentItemChanges('2026-11-27T10:00:00.000Z')).map((m) => m.itemId)).toEqual(['a', 'b', 'c']);
    expect(links.load()).toContain('$deltatoken=');

    emulator.messages.add(sent('d', '2026-11-27T11:00:00Z'));
    emulator.messages.remove('a');
    // Categories set on a logged message are an update, not a new message.
    await first.markLogged((await first.messagesOf('conv-b'))[0]!);

    const reopened = new GraphConversationSource(client(), client(), links);
    expect((await reopened.sentItemChanges('2026-11-27T10:00:00.000Z')).map((m) => m.itemId)).toEqual(['d']);
    expect(await reopened.sentItemChanges('2026-11-27T10:00:00.000Z')).toEqual([]);
  });

  it('starts a fresh round when Exchange no longer knows the saved link', async () => {
    const links = memoryDeltaLinks();
    const source = new GraphConversationSource(client(), client(), links);
    emulator.messages.add(sent('a', '2026-11-27T10:00:00Z'));
    await source.sentItemChanges('2026-11-27T09:00:00.000Z');
    emulator.messages.add(sent('b', '2026-11-27T10:30:00Z'));
    emulator.messages.expireDeltaTokens();

    // The fresh round lists the folder from the instant again; logging is by internetMessageId, so 'a' stays logged once.
    expect((await source.sentItemChanges('2026-11-27T09:00:00.000Z')).map((m) => m.itemId)).toEqual(['a', 'b']);
    expect(await source.sentItemChanges('2026-11-27T09:00:00.000Z')).toEqual([]);
  });

  it('takes the Clientbook category off by internetMessageId, wherever the message is, keeping the others', async () => {
    emulator.messages.add({ ...sent('s', '2026-11-27T10:00:00Z'), categories: ['Red', 'Clientbook'] });

    await new GraphConversationSource(client()).unmarkLogged('<s@clientbook.example>');

    expect(emulator.messages.messages.get('s')?.categories).toEqual(['Red']);
    expect(emulator.messages.patches).toEqual([{ id: 's', body: { categories: ['Red'] } }]);
  });
});
