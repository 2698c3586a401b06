/**
 * The background read of Sent Items: off costs nothing, it runs at most once a minute however many
 * syncs end, and one unreadable message does not hold back the others.
 */
import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieCrmStore } from '../../../src/adapters/storage/DexieCrmStore';
import { DexieDataStore } from '../../../src/adapters/storage/DexieDataStore';
import { DexieDealStore } from '../../../src/adapters/storage/DexieDealStore';
import type { AppDeps } from '../../../src/app/AppDeps';
import { createApp } from '../../../src/app/createApp';
import { localSentRetries, type SentRetries } from '../../../src/app/sentRetries';
import { sweepSentMail } from '../../../src/app/sweepSentMail';
import { uuidIdSource } from '../../../src/app/uuidIdSource';
import type { ConversationSource } from '../../../src/domain/conversationPorts';
import type { MailBody, ReadItem } from '../../../src/domain/ports';
import { FakeMailHost } from '../../support/fakeMailHost';
import { aReadItem } from '../../support/builders/aReadItem';

let seq = 0;
const start = Date.UTC(2026, 10, 27, 10, 0, 0);
/** A clock the test moves: the sweep's once-a-minute pause reads it. */
const clock = {
  at: start,
  now: () => new Date(clock.at),
  advance: (ms: number) => {
    clock.at += ms;
  },
};
const me = { name: 'Maria Koval', email: 'me@clientbook.example' };

/** Sent Items as a list the test fills; the body of 'broken' cannot be read until the test mends it. */
class FakeSentItems implements ConversationSource {
  pending: ReadItem[] = [];
  reads = 0;
  brokenReadable = false;
  readonly marked: string[] = [];
  async sentItemChanges(): Promise<ReadItem[]> {
    this.reads++;
    return this.pending.splice(0);
  }
  async messagesOf(): Promise<ReadItem[]> {
    return [];
  }
  async getBody(item: ReadItem): Promise<MailBody> {
    if (item.itemId === 'broken' && !this.brokenReadable) throw new Error('The message was moved');
    return { kind: 'text', content: `Body of ${item.itemId}` };
  }
  async markLogged(item: ReadItem): Promise<void> {
    this.marked.push(item.itemId);
  }
  async unmarkLogged(): Promise<void> {}
}

const sentTo = (itemId: string, minutes: number) =>
  aReadItem({ itemId, internetMessageId: `<${itemId}@clientbook.example>`, from: me, to: [{ name: 'Taras Shevchuk', email: 'taras.shevchuk@fabrikam.ua' }], date: new Date(clock.at + minutes * 60_000).toISOString() });

/** The app as openApp composes it, with Sent Items replaced by the fake. */
async function setUp(sentRetries?: SentRetries) {
  const sent = new FakeSentItems();
  const db = new ClientbookDb(`sent-sweep-${++seq}`);
  const deps: AppDeps = { store: new DexieCrmStore(db), deals: new DexieDealStore(db), mailHost: new FakeMailHost({ user: { email: me.email, displayName: me.name } }), clock, ids: uuidIdSource, data: new DexieDataStore(db), conversations: sent, sentRetries };
  const app = createApp(deps);
  await app.start();
  await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
  return { app, sent, deps };
}

describe('the background read of Sent Items', () => {
  it('logs the readable messages and counts the one it could not read', async () => {
    const { app, sent } = await setUp();
    await app.logging.saveMyPrefs({ neverLog: [], autoLog: true });
    sent.pending = [sentTo('first', 1), sentTo('broken', 2), sentTo('third', 3)];

    expect(await app.logging.autoLogSentMail()).toEqual({ logged: 2, failed: 1, retrying: 1 });

    expect((await app.logging.autoLoggedEntries()).map((e) => e.text).sort()).toEqual(['Body of first', 'Body of third']);
    expect(sent.marked.sort()).toEqual(['first', 'third']);
  });

  it('tries a message it could not log again at the next sweeps, even after the pane reopens, then leaves it to the user', async () => {
    const saved = new Map<string, string>();
    const storage = { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v), removeItem: (k: string) => void saved.delete(k) };
    const first = await setUp(localSentRetries('pane.me', storage));
    await first.app.logging.saveMyPrefs({ neverLog: [], autoLog: true });
    first.sent.pending = [sentTo('broken', 1)];
    expect(await first.app.logging.autoLogSentMail()).toEqual({ logged: 0, failed: 1, retrying: 1 });

    // Sent Items' delta has moved past it: only the kept list brings it back, here in a reopened pane.
    const reopened = { ...first.deps, sentRetries: localSentRetries('pane.me', storage) };
    const again = createApp(reopened);
    first.sent.brokenReadable = true;
    expect(await again.logging.autoLogSentMail()).toEqual({ logged: 1, failed: 0, retrying: 0 });
    expect((await again.logging.autoLoggedEntries()).map((e) => e.text)).toEqual(['Body of broken']);
    expect(saved.size).toBe(0);

    // A message that stays unreadable is tried five times in all, then reported for logging by hand.
    first.sent.pending = [sentTo('deleted', 2)];
    first.sent.getBody = async () => {
      throw new Error('The message was deleted');
    };
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await again.logging.autoLogSentMail());
    expect(outcomes.map((o) => o.retrying)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(outcomes.map((o) => o.failed)).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it('reads nothing while auto-log is off, then at most once a minute however many syncs end', async () => {
    const { app, sent, deps } = await setUp();
    expect(await sweepSentMail(deps)).toEqual({ kind: 'off' });
    expect(sent.reads).toBe(0);

    await app.logging.saveMyPrefs({ neverLog: [], autoLog: true });
    sent.pending = [sentTo('first', 1)];
    expect(await sweepSentMail(deps)).toEqual({ kind: 'swept', sweep: { logged: 1, failed: 0, retrying: 0 } });
    expect(await sweepSentMail(deps)).toEqual({ kind: 'too-soon' });
    expect(sent.reads).toBe(1);

    clock.advance(60_000);
    expect(await sweepSentMail(deps)).toEqual({ kind: 'swept', sweep: { logged: 0, failed: 0, retrying: 0 } });
    expect(sent.reads).toBe(2);
  });

  it('turns a failed read into its outcome rather than an unhandled rejection', async () => {
    const { app, sent, deps } = await setUp();
    await app.logging.saveMyPrefs({ neverLog: [], autoLog: true });
    sent.sentItemChanges = async () => {
      throw new Error('offline');
    };

    expect(await sweepSentMail(deps)).toEqual({ kind: 'failed', error: new Error('offline') });
  });
});
