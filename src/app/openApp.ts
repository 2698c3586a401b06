import { DemoMailHost } from '../adapters/office/demo/DemoMailHost';
import { ClientbookDb } from '../adapters/storage/ClientbookDb';
import { DexieCrmStore } from '../adapters/storage/DexieCrmStore';
import { DexieDealStore } from '../adapters/storage/DexieDealStore';
import type { Clock, MailHost } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { createApp, type App } from './createApp';
import type { MailingPorts } from './MailingDeps';
import { mailingPortsFor } from './mailingPortsFor';
import { seedDemoData } from './seedDemoData';
import { uuidIdSource } from './uuidIdSource';

export const systemClock: Clock = { now: () => new Date() };

/** The composition root: the local store on IndexedDB, wired to the given mail host. */
export async function openApp(host: MailHost, options: { dbName?: string; clock?: Clock; mailing?: Partial<MailingPorts> } = {}): Promise<App> {
  const db = new ClientbookDb(options.dbName);
  const deps: AppDeps = { store: new DexieCrmStore(db), deals: new DexieDealStore(db), mailHost: host, clock: options.clock ?? systemClock, ids: uuidIdSource, mailing: mailingPortsFor(db, host, options.mailing) };
  const app = createApp(deps);
  await app.start();
  // The demo mailbox's senders are the demo's clients: seed them into an empty store. Only the
  // real demo mailbox (not any host of kind 'demo', which test fakes share) brings them.
  if (host instanceof DemoMailHost) await seedDemoData(app, (moment) => createApp({ ...deps, clock: { now: () => moment } }));
  // A mailing that was sending when the pane closed goes on where it stopped.
  void app.mailings?.resumeQueued();
  return app;
}
