import { ClientbookDb } from '../adapters/storage/ClientbookDb';
import { DexieCrmStore } from '../adapters/storage/DexieCrmStore';
import type { Clock, MailHost } from '../domain/ports';
import { createApp, type App } from './createApp';
import { uuidIdSource } from './uuidIdSource';

export const systemClock: Clock = { now: () => new Date() };

/** The composition root: the local store on IndexedDB, wired to the given mail host. */
export async function openApp(host: MailHost, options: { dbName?: string; clock?: Clock } = {}): Promise<App> {
  const db = new ClientbookDb(options.dbName);
  const app = createApp({ store: new DexieCrmStore(db), mailHost: host, clock: options.clock ?? systemClock, ids: uuidIdSource });
  await app.start();
  return app;
}
