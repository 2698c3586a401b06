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
import type { ReadItem } from '../src/domain/ports';
import { matchParticipants } from '../src/domain/rules/matchParticipants';
import { BenchMailHost, indices, messageFrom, summarise, timeRecognize, type Timing } from './benchMail';
import { benchClient, benchContact, benchOwner } from './benchData';

export type MatchingRow = { contacts: number; rule: Timing; recognize: Timing; seedSeconds: number };

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
  const timing = await timeRecognize(app, size, runs);
  db.close(); // fake-indexeddb lives in memory: it goes with the process
  return { timing, seedSeconds };
}

export async function runMatchingBench(sizes: number[], log: (line: string) => void = () => undefined): Promise<MatchingRow[]> {
  const rows: MatchingRow[] = [];
  for (const size of sizes) {
    log(`matching: ${size} contacts, matchParticipants …`);
    const rule = benchRule(size, 20000);
    log(`matching: ${size} contacts, seeding fake-indexeddb and timing app.recognizeMessage …`);
    // fake-indexeddb walks a whole index for anyOf(), so large stores get fewer runs here; Chromium is timed too.
    const { timing: recognize, seedSeconds } = await benchRecognize(size, size > 20000 ? 40 : 200);
    rows.push({ contacts: size, rule, recognize, seedSeconds });
  }
  return rows;
}

// bench/run.mjs names the browser bench's sender and client with these.
export { benchClientName, benchContactEmail, benchContactName } from './benchData';
