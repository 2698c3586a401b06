import type { Client } from '../domain/model/Client';
import { dayPlan, localIsoDate } from '../domain/rules/dayPlan';
import type { AppDeps } from './AppDeps';

/** Find a client lists this many clients at a time. */
export const searchPage = 30;
// Counting the matches past those shown reads a row per match: beyond this many the screen says
// "more than", and a search as broad as "a" costs as little as before. See findClients.
const searchCountCap = 100;

/** Read models the views subscribe to; all read IndexedDB only. */
export function queries({ store, clock }: Pick<AppDeps, 'store' | 'clock'>) {
  return {
    /** The day's plan; with `owner`, only that Team member's Next contacts (a plan with no owner counts as theirs). */
    async dayPlan(owner?: string) {
      const today = localIsoDate(clock.now());
      const due = await store.openPlannedContactsDueBy(today);
      const mine = owner?.trim().toLowerCase();
      const plans = mine ? due.filter((p) => !p.owner.trim() || p.owner.trim().toLowerCase() === mine) : due;
      const clients = await store.clientsByIds(plans.map((p) => p.clientId));
      return { today, rows: dayPlan(plans, new Map(clients.map((c) => [c.id, c] as [string, Client])), today) };
    },
    async clientCard(clientId: string) {
      const [client, contacts, history, plans] = await Promise.all([
        store.getClient(clientId),
        store.contactsOf(clientId),
        store.historyOf(clientId),
        store.plannedContactsOf(clientId),
      ]);
      return { client: client ?? null, contacts, history, plans };
    },
    searchClients: (text: string, limit = searchPage) => store.searchClients(text, limit),
    /** The first `limit` clients found and how many match: exactly up to the cap, or where the next page still is counted. */
    findClients: (text: string, limit = searchPage) => store.findClients(text, limit, Math.max(searchCountCap, limit + searchPage)),
    referenceItems: () => store.referenceItems(),
    pendingOutboxCount: () => store.pendingOutboxCount(),
    countClients: () => store.countClients(),
    hasClients: () => store.hasClients(),
    historyEntry: (id: string) => store.getHistoryEntry(id),
  };
}
