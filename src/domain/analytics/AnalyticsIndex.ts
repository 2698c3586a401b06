/**
 * Lookups built once per data snapshot, so each measure is one pass over its own records even with
 * 50k deals and 500k history entries.
 */
import type { AnalyticsData } from './AnalyticsData';
import type { Client } from '../model/Client';
import type { Deal } from '../model/Deal';
import type { Payment } from '../model/Payment';

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
};

export function indexAnalytics(data: AnalyticsData): AnalyticsIndex {
  const clientById = new Map(data.clients.map((c) => [c.id, c]));
  const dealById = new Map(data.deals.map((d) => [d.id, d]));
  const paymentsByInvoice = new Map<string, Payment[]>();
  for (const p of data.payments) {
    const list = paymentsByInvoice.get(p.invoiceId);
    if (list) list.push(p);
    else paymentsByInvoice.set(p.invoiceId, [p]);
  }
  const lastContactByDeal = new Map<string, string>();
  const lastContactByClient = new Map<string, string>();
  for (const h of data.history) {
    if (h.dealId && (lastContactByDeal.get(h.dealId) ?? '') < h.at) lastContactByDeal.set(h.dealId, h.at);
    if ((lastContactByClient.get(h.clientId) ?? '') < h.at) lastContactByClient.set(h.clientId, h.at);
  }
  const clientsWithOpenPlan = new Set(data.plannedContacts.filter((p) => p.status === 'open').map((p) => p.clientId));
  const clientsWithOpenDeal = new Set(data.deals.filter((d) => d.status === 'open').map((d) => d.clientId));
  return { data, clientById, dealById, paymentsByInvoice, lastContactByDeal, lastContactByClient, clientsWithOpenPlan, clientsWithOpenDeal };
}

/** The responsible manager of a deal-linked record: the deal's owner ('' when the deal is gone). */
export function ownerOfDeal(index: AnalyticsIndex, dealId: string): string {
  return index.dealById.get(dealId)?.owner ?? '';
}
