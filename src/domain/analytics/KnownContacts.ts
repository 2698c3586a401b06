import type { Deal } from '../model/Deal';
import type { AnalyticsData } from './AnalyticsData';
import { lastMovementOf } from './DealFacts';

/**
 * What the store already knows of the history, kept with every history write: each client's
 * latest contact, and each deal's latest one from some day on (and, for the deals that may be
 * stalled, however old). Given them, `data.history` may leave out every entry the store summed up so.
 */
export type KnownContacts = { lastContactByClient?: Map<string, string> | null; lastContactByDeal?: Map<string, string> | null };

/** A read of the store for analytics: the records, and what its tables told of the history left out. */
export type AnalyticsRead = { data: AnalyticsData; known: KnownContacts };

/**
 * The deals whose latest contact is read however old it is: the open ones whose stages last moved
 * (or that were opened) by the day `since`, which are stalled unless a contact came since.
 */
export const mayBeStalled = (deals: readonly Deal[], since: string): string[] => deals.filter((d) => d.status === 'open' && lastMovementOf(d, undefined).slice(0, 10) <= since).map((d) => d.id);
