/*
 * Sender matching at scale, in Node: the pure rule (matchParticipants over candidate maps) and the
 * app's whole path (app.recognizeMessage: Dexie index look-ups on fake-indexeddb, then the rule).
 * Bundled for Node by bench/webpack.bench.config.js and called from bench/run.mjs.
 */
import 'fake-indexeddb/auto';
import { ClientbookDb } from '../src/adapters/storage/ClientbookDb';
import { openApp } from '../src/app/openApp';
import type { Client } from '../src/domain/model/Client';
import type { Contact } from '../src/domain/model/Contact';
import type { EmailParticipant } from '../src/domain/model/HistoryEntry';
import type { MailBody, MailHost, MailItem, ReadItem } from '../src/domain/ports';
import { matchParticipants } from '../src/domain/rules/matchParticipants';
import { benchClient, benchContact, benchContactEmail, benchContactName, benchDomain, benchOwner } from './benchData';

export type Timing = { median: number; p95: number; runs: number };
export type MatchingRow = { contacts: number; rule: Timing; recognize: Timing; seedSeconds: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: samples.length };
}

/** A message from contact k, to the user, cc'd to a new person at client j, a free-mail and an unknown sender. */
function messageFrom(k: number, j: number, run: number): ReadItem {
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

class BenchMailHost implements MailHost {
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

// A fixed pseudo-random sequence, so every run looks up the same spread of keys.
function* indices(size: number) {
  let x = 2463534242;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield (x >>> 0) % size;
  }
}

function benchRule(size: number, runs: number): Timing {
  const contactsByEmail = new Map<string, Contact>();
  const clientsByDomain = new Map<string, Client>();
  const clientsById = new Map<string, Client>();
  for (let i = 0; i < size; i += 1) {
    const client = benchClient(i);
    const contact = benchContact(i);
    contactsByEmail.set(contact.emails[0] ?? '', contact);
    clientsByDomain.set(client.domains[0] ?? '', client);
    clientsById.set(client.id, client);
  }
  const candidates = { contactsByEmail, clientsByDomain, clientsById };
  const context = { self: benchOwner, ownDomains: ['clientbook.example'] };
  const pick = indices(size);
  const messages = Array.from({ length: 1000 }, (_, run) => messageFrom(pick.next().value ?? 0, pick.next().value ?? 0, run));
  const participantsOf = (m: ReadItem) => [m.from, m.sender, ...m.to, ...m.cc].filter((p): p is EmailParticipant => p !== null);
  const lists = messages.map(participantsOf);
  let sink = 0;
  for (let i = 0; i < 2000; i += 1) sink += matchParticipants(lists[i % lists.length] ?? [], candidates, context).length; // JIT warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const list = lists[i % lists.length] ?? [];
    const start = process.hrtime.bigint();
    sink += matchParticipants(list, candidates, context).length;
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (sink === 0) throw new Error('matchParticipants matched nothing: the bench data is wrong.');
  return summarise(samples);
}

async function benchRecognize(size: number, runs: number): Promise<{ timing: Timing; seedSeconds: number }> {
  const db = new ClientbookDb(`clientbook-bench-${size}`);
  const seedStart = process.hrtime.bigint();
  const chunk = 5000;
  for (let from = 0; from < size; from += chunk) {
    const ids = Array.from({ length: Math.min(chunk, size - from) }, (_, n) => from + n);
    await db.transaction('rw', db.clients, db.contacts, async () => {
      await db.clients.bulkPut(ids.map(benchClient));
      await db.contacts.bulkPut(ids.map(benchContact));
    });
  }
  const seedSeconds = Number(process.hrtime.bigint() - seedStart) / 1e9;
  // The composition root the pane uses, on the database just seeded.
  const app = await openApp(new BenchMailHost(), { dbName: db.name });
  const pick = indices(size);
  for (let i = 0; i < 20; i += 1) await app.recognizeMessage(messageFrom(pick.next().value ?? 0, pick.next().value ?? 0, i));
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const k = pick.next().value ?? 0;
    const item = messageFrom(k, pick.next().value ?? 0, i);
    const start = process.hrtime.bigint();
    const recognition = await app.recognizeMessage(item);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (recognition.clients[0]?.id !== benchClient(k).id) throw new Error(`recognizeMessage did not find client ${k}.`);
  }
  db.close();
  await db.delete();
  return { timing: summarise(samples), seedSeconds };
}

export async function runMatchingBench(sizes: number[], log: (line: string) => void = () => undefined): Promise<MatchingRow[]> {
  const rows: MatchingRow[] = [];
  for (const size of sizes) {
    log(`matching: ${size} contacts, matchParticipants …`);
    const rule = benchRule(size, 20000);
    log(`matching: ${size} contacts, seeding fake-indexeddb and timing app.recognizeMessage …`);
    const { timing: recognize, seedSeconds } = await benchRecognize(size, 300);
    rows.push({ contacts: size, rule, recognize, seedSeconds });
  }
  return rows;
}

// bench/run.mjs names the browser bench's sender and client with these.
export { benchClientName, benchContactEmail, benchContactName } from './benchData';
