import type { AnalyticsData } from './AnalyticsData';

/**
 * What the store already knows of the history, kept with every history write: each client's
 * latest contact, and each deal's latest one from some day on. Given them, `data.history` may
 * leave out every entry the store summed up so.
 */
export type KnownContacts = { lastContactByClient?: Map<string, string> | null; lastContactByDeal?: Map<string, string> | null };

/** A read of the store for analytics: the records, and what its tables told of the history left out. */
export type AnalyticsRead = { data: AnalyticsData; known: KnownContacts };
