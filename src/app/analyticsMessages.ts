import type { AnalyticsData } from '../domain/analytics/AnalyticsData';
import type { ChangedRecords } from '../domain/analytics/ChangedRecords';
import type { AnalyticsRead, KnownContacts } from '../domain/analytics/KnownContacts';
import type { AnalyticsSettings } from '../domain/model/AnalyticsSettings';
import type { Deal } from '../domain/model/Deal';
import type { ReferenceItem } from '../domain/model/ReferenceItem';
import type { AnalyticsMeta, FigureRequest } from './analyticsFigures';

/** What a session is opened for: the store, the viewer's today, now (for default settings), and whether to read the store again regardless. */
export type OpenRequest = { dbName: string; today: string; now: string; refresh: boolean };

/** `close`: keep what the worker would keep, and let go of its snapshot, before the pane ends it. */
export type ToAnalyticsWorker = { id: number; open: OpenRequest } | { id: number; ask: FigureRequest } | { id: number; close: true };
/** An open's answer: what the session knows at once, and the change stamp its snapshot was read at. */
export type OpenedSnapshot = { meta: AnalyticsMeta; changes: string | null };

/**
 * A failure in the worker, classed there, where the error still has its class: `store` when the local
 * store failed (full, or refused with the browser's code), else only its name says what it was.
 */
export type WorkerFailure = { name: string; message: string; store?: { reason: 'full' | 'refused'; code: string } };

export type FromAnalyticsWorker = { id: number; value: unknown } | { id: number; error: WorkerFailure };

/** The part of a Worker, the worker's global scope or a MessagePort the two ends use. */
export type MessageEnd = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?: () => void;
};

/**
 * The records analytics read, for the worker: `stamps()` are the stamps of the persisted counter
 * of writes to them (`all` equal: nothing written in between, in any tab, worker or pane start;
 * null before the first counted write; `records` equal: nothing but history), so a snapshot is
 * read again only after a write, and only the latest contacts (`readContacts`) after history
 * alone was written. `read(since)` reads every record, or — with a day — leaves out the history
 * entries the store's latest-contact tables sum up (all of them, or those before that day).
 */
export type AnalyticsSource = {
  stamps(): Promise<{ all: string | null; records: string | null }>;
  settings(): Promise<AnalyticsSettings | undefined>;
  /** The team's deal stages: a small list, read with every read of the records (their changes included). */
  dealStages(): Promise<ReferenceItem[]>;
  read(since: string | null): Promise<AnalyticsRead>;
  readContacts(since: string, deals: readonly Deal[]): Promise<KnownContacts>;
  /** The records written since the records stamp `records`, or null when only a whole read can tell. */
  changedSince(records: string): Promise<ChangedRecords | null>;
  /** The records stamp of the records (no history) a worker last read whole on this device, and a read of them; null when none are kept. */
  keptSnapshot(): Promise<{ records: string; data: () => Promise<AnalyticsData> } | null>;
  keepSnapshot(records: string, data: AnalyticsData): Promise<void>;
};
