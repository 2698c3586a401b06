/**
 * Lookups built once per data snapshot, so each measure is one pass over its own records even with
 * 50k deals and 500k history entries.
 */
import type { AnalyticsData } from './AnalyticsData';
import type { Client } from '../model/Client';
import type { Deal } from '../model/Deal';
import type { Invoice } from '../model/Invoice';
import type { Payment } from '../model/Payment';
import type { PlannedContact } from '../model/PlannedContact';
import type { Scope } from './Scope';

export type AnalyticsIndex = {
  data: AnalyticsData;
  clientById: Map<string, Client>;
  dealById: Map<string, Deal>;
  paymentsByInvoice: Map<string, Payment[]>;
  /** The latest history instant per deal (entries linked to the deal) and per client. */
  lastContactByDeal: Map<string, string>;
  lastContactByClient: Map<string, string>;
  /** Clients with an open planned contact, and those with an open deal. */
  clientsWithOpenPlan: Set<string>;
  clientsWithOpenDeal: Set<string>;
  /** Each manager's records (invoices and payments by their deal's owner), so a per-manager figure reads only those. */
  byOwner: { clients: Map<string, Client[]>; deals: Map<string, Deal[]>; invoices: Map<string, Invoice[]>; payments: Map<string, Payment[]>; plannedContacts: Map<string, PlannedContact[]> };
};

function groupBy<T>(records: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/**
 * `known.lastContactByClient`, when the store's index already gave each client's latest history
 * instant, spares the pass over every entry: `data.history` may then hold only the entries since
 * the stalled-deal limit, which decide every figure but the idle days of deals already stalled.
 */
export function indexAnalytics(data: AnalyticsData, known: { lastContactByClient?: Map<string, string> | null } = {}): AnalyticsIndex {
  const clientById = new Map(data.clients.map((c) => [c.id, c]));
  const dealById = new Map(data.deals.map((d) => [d.id, d]));
  const paymentsByInvoice = new Map<string, Payment[]>();
  for (const p of data.payments) {
    const list = paymentsByInvoice.get(p.invoiceId);
    if (list) list.push(p);
    else paymentsByInvoice.set(p.invoiceId, [p]);
  }
  const lastContactByDeal = new Map<string, string>();
  const lastContactByClient = known.lastContactByClient ?? new Map<string, string>();
  for (const h of data.history) {
    if (h.dealId && (lastContactByDeal.get(h.dealId) ?? '') < h.at) lastContactByDeal.set(h.dealId, h.at);
    if (!known.lastContactByClient && (lastContactByClient.get(h.clientId) ?? '') < h.at) lastContactByClient.set(h.clientId, h.at);
  }
  const clientsWithOpenPlan = new Set(data.plannedContacts.filter((p) => p.status === 'open').map((p) => p.clientId));
  const clientsWithOpenDeal = new Set(data.deals.filter((d) => d.status === 'open').map((d) => d.clientId));
  const ownerOf = (dealId: string) => dealById.get(dealId)?.owner ?? '';
  const byOwner = {
    clients: groupBy(data.clients, (c) => c.owner),
    deals: groupBy(data.deals, (d) => d.owner),
    invoices: groupBy(data.invoices, (i) => ownerOf(i.dealId)),
    payments: groupBy(data.payments, (p) => ownerOf(p.dealId)),
    plannedContacts: groupBy(data.plannedContacts, (p) => p.owner),
  };
  return { data, clientById, dealById, paymentsByInvoice, lastContactByDeal, lastContactByClient, clientsWithOpenPlan, clientsWithOpenDeal, byOwner };
}

/** The responsible manager of a deal-linked record: the deal's owner ('' when the deal is gone). */
export function ownerOfDeal(index: AnalyticsIndex, dealId: string): string {
  return index.dealById.get(dealId)?.owner ?? '';
}

type Owned = keyof AnalyticsIndex['byOwner'];

/** The records of a kind in the scope: all of them for the team, one manager's otherwise. */
export function recordsInScope<K extends Owned>(index: AnalyticsIndex, scope: Pick<Scope, 'owner'>, kind: K): AnalyticsIndex['data'][K] {
  if (scope.owner === null) return index.data[kind];
  return (index.byOwner[kind].get(scope.owner) ?? []) as AnalyticsIndex['data'][K];
}
