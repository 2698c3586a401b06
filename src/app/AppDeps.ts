import type { AnalyticsStore } from '../domain/analyticsPorts';
import type { AnalyticsWorkerConnection } from './connectAnalyticsWorker';
import type { ConversationSource } from '../domain/conversationPorts';
import type { DataStore } from '../domain/dataPorts';
import type { DealStore } from '../domain/dealPorts';
import type { Clock, CrmStore, IdSource, MailHost } from '../domain/ports';
import type { MailingPorts } from './MailingDeps';
import type { SentRetries } from './sentRetries';
import type { TeamController } from './team/TeamController';

/**
 * The ports every use case works through. `deals` holds deals, money, campaigns and service cases;
 * `data` logging settings, import, export and erasure; `conversations` a thread's other messages
 * (null where the host offers no way to list them).
 */
export type AppDeps = {
  store: CrmStore;
  deals: DealStore;
  mailHost: MailHost;
  clock: Clock;
  ids: IdSource;
  data: DataStore;
  conversations: ConversationSource | null;
  /** Sent messages auto-log failed to log, tried again at the next sweeps; set by openApp. */
  sentRetries?: SentRetries;
  /** Templates, documents and mailing queues with their sender (issue 5); set by openApp. */
  mailing?: MailingPorts;
  /** Snapshots, saved queries and settings for analytics (issue 6); set by openApp. */
  analytics?: AnalyticsStore;
  /** The IndexedDB the analytics worker reads itself (issue 6); without it figures are computed on the main thread. */
  analyticsDbName?: string;
  /** Starts the analytics worker (null: none can run here); unset, a Web Worker where the browser has them. */
  startAnalyticsWorker?: () => Promise<AnalyticsWorkerConnection | null>;
  /**
   * When kept analytics figures are made again: how long writes to the store must have stopped,
   * and how often the day is looked at (3 s and 10 minutes unset).
   */
  analyticsUpkeep?: { quietMs: number; dayCheckMs: number };
  /** The team store: settings, Connect, sync status and Team member roles (issue 3); set by openApp. */
  team?: TeamController;
};
