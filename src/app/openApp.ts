import { ClientbookDb } from '../adapters/storage/ClientbookDb';
import { DexieAnalyticsStore } from '../adapters/storage/DexieAnalyticsStore';
import { DexieCrmStore } from '../adapters/storage/DexieCrmStore';
import { DexieDataStore } from '../adapters/storage/DexieDataStore';
import { DexieDealStore } from '../adapters/storage/DexieDealStore';
import type { ConversationSource } from '../domain/conversationPorts';
import type { Clock, MailHost } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { createApp, type App } from './createApp';
import type { MailingPorts } from './MailingDeps';
import { documentLibraryFor } from './documentLibraryFor';
import { isDemoMailbox } from './isDemoMailbox';
import { mailingPortsFor } from './mailingPortsFor';
import { TeamMailSender } from './TeamMailSender';
import { localDeltaLinks } from './localDeltaLinks';
import { localSentRetries } from './sentRetries';
import { createTeam, type TeamOptions } from './team/createTeam';
import { TeamConversationSource } from './TeamConversationSource';
import { uuidIdSource } from './uuidIdSource';

export const systemClock: Clock = { now: () => new Date() };

/**
 * The composition root: the local store on IndexedDB, wired to the given mail host.
 * `conversations` lists a thread's other messages: in Outlook through Graph with the team's sign-in
 * (TeamConversationSource, working from the moment the user signs in); the demo mailbox brings its own.
 */
export async function openApp(host: MailHost, options: { dbName?: string; clock?: Clock; conversations?: ConversationSource; mailing?: Partial<MailingPorts>; team?: TeamOptions; seedDemo?: boolean; startAnalyticsWorker?: AppDeps['startAnalyticsWorker']; analyticsUpkeep?: AppDeps['analyticsUpkeep'] } = {}): Promise<App> {
  const db = new ClientbookDb(options.dbName);
  // This device's place in the user's Sent Items, per pane database and mailbox.
  const mailboxKey = `${db.name}.${host.userProfile().email.toLowerCase()}`;
  const deps: AppDeps = {
    store: new DexieCrmStore(db),
    deals: new DexieDealStore(db),
    mailHost: host,
    clock: options.clock ?? systemClock,
    ids: uuidIdSource,
    data: new DexieDataStore(db),
    conversations:
      isDemoMailbox(host)
        ? host.demoPorts().conversations
        : (options.conversations ??
          new TeamConversationSource(async () => (await deps.team?.graph()) ?? null, localDeltaLinks(mailboxKey))),
    sentRetries: localSentRetries(mailboxKey),
    // Outside the demo, mailings go through Graph once the pane is connected to its team site.
    mailing: mailingPortsFor(db, host, {
      // Documents come from the team site's library while connected, from IndexedDB otherwise.
      documents: documentLibraryFor(db, uuidIdSource, options.clock ?? systemClock, () => deps.team),
      ...(isDemoMailbox(host) ? {} : { sender: new TeamMailSender(async () => (await deps.team?.graph()) ?? null, () => deps.team?.connection() != null) }),
      ...options.mailing,
    }),
    analytics: new DexieAnalyticsStore(db),
    analyticsDbName: db.name,
    startAnalyticsWorker: options.startAnalyticsWorker,
    analyticsUpkeep: options.analyticsUpkeep,
  };
  deps.team = createTeam({ db, store: deps.store, host, clock: deps.clock }, options.team);
  const app = createApp(deps);
  await app.start();
  // The demo mailbox's senders are the demo's clients: seed them into an empty store. Only the
  // real demo mailbox (not any host of kind 'demo', which test fakes share) brings them.
  // The team demo starts without: two panes seeding their own copies would upload them twice.
  // A store that has clients (one key read) is never seeded: the seeding code then never loads
  // before the first card.
  if (isDemoMailbox(host) && options.seedDemo !== false && !(await app.queries.hasClients())) {
    // Loaded only here: Outlook never needs the demo's clients.
    const { seedDemoData } = await import('./seedDemoData');
    if (await seedDemoData(app, (moment) => createApp({ ...deps, clock: { now: () => moment } }))) {
      // A year of a five-manager team behind the demo user, for the head of sales' analytics.
      const { seedDemoYear } = await import('./seedDemoYear');
      await seedDemoYear(new DexieAnalyticsStore(db), deps.clock.now(), host.userProfile());
    }
  }
  // A mailing that was sending when the pane closed goes on where it stopped.
  void app.mailings?.resumeQueued();
  // A connected pane loads its sync code and starts syncing; a pane without a team loads nothing.
  void deps.team.resume();
  // After each team sync, auto-log reads Sent Items in the background; its code loads only then.
  deps.team.subscribe((status) => {
    if (status.phase === 'in-sync') void import('./sweepSentMail').then(({ sweepSentMail }) => sweepSentMail(deps));
  });
  return app;
}
