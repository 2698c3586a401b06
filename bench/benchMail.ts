/*
 * The mail side of the matching benchmarks, shared by Node (fake-indexeddb) and Chromium (real
 * IndexedDB): a fixed spread of messages from the synthetic contacts, a MailHost with nothing open,
 * and the timing loop over app.recognizeMessage.
 */
import type { App } from '../src/app/createApp';
import type { EmailParticipant } from '../src/domain/model/HistoryEntry';
import type { MailBody, MailHost, MailItem, ReadItem } from '../src/domain/ports';
import { benchClient, benchContactEmail, benchContactName, benchDomain, benchOwner } from './benchData';

export type Timing = { median: number; p95: number; runs: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: samples.length };
}

/** A message from contact k, to the user, cc'd to a new person at client j, a free-mail and an unknown sender. */
export function messageFrom(k: number, j: number, run: number): ReadItem {
  const person = (name: string, email: string): EmailParticipant => ({ name, email });
  return {
    mode: 'read',
    itemId: `item-${run}`,
    internetMessageId: `<bench-${run}@${benchDomain(k)}>`,
    conversationId: `conv-${run}`,
    subject: 'Spring order',
    from: person(benchContactName(k), benchContactEmail(k)),
    sender: person(benchContactName(k), benchContactEmail(k)),
    to: [person('Maria Koval', benchOwner)],
    cc: [
      person('New Colleague', `new.colleague@${benchDomain(j)}`),
      person('Private', `someone${run}@gmail.com`),
      person('Stranger', `stranger@unknown-${run}.example`),
    ],
    date: '2026-01-05T09:00:00.000Z',
    attachments: [],
  };
}

/** A mailbox with nothing open: recognizeMessage is called with explicit items. */
export class BenchMailHost implements MailHost {
  readonly kind = 'demo' as const;
  userProfile() {
    return { email: benchOwner, displayName: 'Maria Koval' };
  }
  displayLanguage() {
    return 'en-US';
  }
  theme() {
    return 'light' as const;
  }
  currentItem(): MailItem | null {
    return null;
  }
  onItemChanged() {
    return () => undefined;
  }
  async getBody(): Promise<MailBody> {
    return { kind: 'text', content: '' };
  }
  async markLogged() {}
  async isMarkedLogged() {
    return false;
  }
  async notify() {}
}

/** A fixed pseudo-random sequence, so every run looks up the same spread of keys. */
export function* indices(size: number) {
  let x = 2463534242;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield (x >>> 0) % size;
  }
}

/** Times app.recognizeMessage for messages from random contacts of a store holding `size` of them. */
export async function timeRecognize(app: App, size: number, runs: number): Promise<Timing> {
  const pick = indices(size);
  const next = () => pick.next().value ?? 0;
  for (let i = 0; i < 20; i += 1) await app.recognizeMessage(messageFrom(next(), next(), i));
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const k = next();
    const item = messageFrom(k, next(), i);
    const start = performance.now();
    const recognition = await app.recognizeMessage(item);
    samples.push(performance.now() - start);
    if (recognition.clients[0]?.id !== benchClient(k).id) throw new Error(`recognizeMessage did not find client ${k}.`);
  }
  return summarise(samples);
}
