import type { Client } from '../domain/model/Client';
import { dayPlan, localIsoDate } from '../domain/rules/dayPlan';
import type { AppDeps } from './AppDeps';

/** Read models the views subscribe to; all read IndexedDB only. */
export function queries({ store, clock }: Pick<AppDeps, 'store' | 'clock'>) {
  return {
    async dayPlan() {
      const today = localIsoDate(clock.now());
      const plans = await store.openPlannedContactsDueBy(today);
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
    searchClients: (text: string, limit = 30) => store.searchClients(text, limit),
    referenceItems: () => store.referenceItems(),
    pendingOutboxCount: () => store.pendingOutboxCount(),
    countClients: () => store.countClients(),
    hasClients: () => store.hasClients(),
    historyEntry: (id: string) => store.getHistoryEntry(id),
  };
}
