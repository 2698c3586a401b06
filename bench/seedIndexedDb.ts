/*
 * Bench-only page tools, built into .bench/ and injected into a page by bench/run.mjs (the product
 * bundle never contains them): fill the pane's IndexedDB with synthetic clients, contacts and
 * history, as a long-used local cache would hold them; and time app.recognizeMessage on it.
 */
import { ClientbookDb } from '../src/adapters/storage/ClientbookDb';
import { openApp } from '../src/app/openApp';
import { BenchMailHost, timeRecognize, type Timing } from './benchMail';
import { benchClient, benchContact, benchHistoryEntry } from './benchData';

export type SeedResult = { clients: number; contacts: number; history: number; seconds: number };

declare global {
  interface Window {
    clientbookBenchSeed?: (clients: number, historyPerClient: number) => Promise<SeedResult>;
    clientbookBenchRecognize?: (clients: number, runs: number) => Promise<Timing>;
  }
}

window.clientbookBenchSeed = async (clients, historyPerClient) => {
  const started = performance.now();
  const db = new ClientbookDb();
  await db.open();
  const chunk = 2000;
  for (let from = 0; from < clients; from += chunk) {
    const ids = Array.from({ length: Math.min(chunk, clients - from) }, (_, n) => from + n);
    await db.transaction('rw', [db.clients, db.contacts, db.history], async () => {
      await db.clients.bulkPut(ids.map(benchClient));
      await db.contacts.bulkPut(ids.map(benchContact));
      await db.history.bulkPut(ids.flatMap((i) => Array.from({ length: historyPerClient }, (_, n) => benchHistoryEntry(i, n))));
    });
  }
  const result = {
    clients: await db.clients.count(),
    contacts: await db.contacts.count(),
    history: await db.history.count(),
    seconds: (performance.now() - started) / 1000,
  };
  db.close();
  return result;
};

window.clientbookBenchRecognize = async (clients, runs) => timeRecognize(await openApp(new BenchMailHost()), clients, runs);
