/*
 * The analytics worker: reads the local store itself (its own Dexie connection, so the records
 * are never copied between threads) and computes the figures the pane asks for, so a store of
 * 50k deals and 500k history entries never blocks the pane.
 */
import { dexieAnalyticsSource } from '../adapters/storage/dexieAnalyticsSource';
import type { MessageEnd } from './analyticsMessages';
import { serveAnalytics } from './serveAnalytics';

serveAnalytics(self as unknown as MessageEnd, dexieAnalyticsSource);
