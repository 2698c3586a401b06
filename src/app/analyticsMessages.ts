import type { AnalyticsData } from '../domain/analytics/AnalyticsData';
import type { AnalyticsSettings } from '../domain/model/AnalyticsSettings';
import type { FigureRequest } from './analyticsFigures';

/** What a session is opened for: the store, the viewer's today, now (for default settings), and whether to read the store again regardless. */
export type OpenRequest = { dbName: string; today: string; now: string; refresh: boolean };

export type ToAnalyticsWorker = { id: number; open: OpenRequest } | { id: number; ask: FigureRequest };
export type FromAnalyticsWorker = { id: number; value: unknown } | { id: number; error: { name: string; message: string } };

/** The part of a Worker, the worker's global scope or a MessagePort the two ends use. */
export type MessageEnd = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?: () => void;
};

/**
 * The records analytics read, for the worker: `changes()` counts the writes to them seen so far
 * (in any tab, frame or worker of the pane's origin), so a snapshot is read again only after one.
 * `read(since)` reads every record, or — with a day — only the history entries from that day on,
 * with each client's latest history instant taken from the store's index instead.
 */
export type AnalyticsSource = {
  changes(): number;
  settings(): Promise<AnalyticsSettings | undefined>;
  read(since: string | null): Promise<{ data: AnalyticsData; lastContactByClient: Map<string, string> | null }>;
};
