/**
 * Lookups and per-record values built once per data snapshot, so each measure walks only the
 * positions of the records it counts and compares numbers, even with 50k deals and 500k history
 * entries: the team's dashboard asks each measure for the team, then again for every manager.
 */
import type { AnalyticsData } from './AnalyticsData';
import type { Client } from '../model/Client';
import type { Deal } from '../model/Deal';
import { dealFactsOf, type DealFacts } from './DealFacts';
import { OwnedPositionsBuilder, positionsOf, type OwnedPositions } from './OwnedPositions';
import { dayKey, instantMs } from './Period';
import type { KnownContacts } from './KnownContacts';
import type { Scope } from './Scope';

/** The fields of money records the sums read, in data order (reading them off each record costs a cache miss per record). */
export type MoneyColumns = { id: string[]; currency: string[]; amountMinor: Float64Array };

export type AnalyticsIndex = {
  data: AnalyticsData;
  clientById: Map<string, Client>;
  /** Built when first read: the dashboard does without it. */
  readonly dealById: Map<string, Deal>;
  clients: {
    id: string[];
    all: OwnedPositions;
    /** Not inactive. */
    active: OwnedPositions;
    hasOpenPlan: Uint8Array;
    /** An open deal or an open planned contact. */
    hasOpenWork: Uint8Array;
    /** dayKey of the latest history entry (NaN: none). */
    lastContactDay: Float64Array;
  };
  deals: DealFacts;
  /** Invoices and payments belong to their deal's owner ('' when the deal is gone). */
  invoices: MoneyColumns & { clientId: string[]; dealId: string[]; all: OwnedPositions; owner: string[]; issueDay: Float64Array; dueDayMs: Float64Array; paidMinor: Float64Array };
  payments: MoneyColumns & { all: OwnedPositions; day: Float64Array };
  plannedContacts: { all: OwnedPositions; open: OwnedPositions };
};

/**
 * `known`, when the store's tables already gave each client's latest history instant and each
 * deal's since the stalled-deal limit, spares the pass over every entry: `data.history` may then
 * hold none (or, without the deals', only the entries since that limit). Those decide every
 * figure but the idle days of deals already stalled.
 */
export function indexAnalytics(data: AnalyticsData, known: KnownContacts = {}): AnalyticsIndex {
  let dealById: Map<string, Deal> | undefined;
  const dealsById = () => (dealById ??= new Map(data.deals.map((d) => [d.id, d])));
  const clientById = new Map<string, Client>();
  for (const c of data.clients) clientById.set(c.id, c);

  const lastContactByDeal = known.lastContactByDeal ?? new Map<string, string>();
  const lastContactByClient = known.lastContactByClient ?? new Map<string, string>();
  for (const h of data.history) {
    if (!known.lastContactByDeal && h.dealId && (lastContactByDeal.get(h.dealId) ?? '') < h.at) lastContactByDeal.set(h.dealId, h.at);
    if (!known.lastContactByClient && (lastContactByClient.get(h.clientId) ?? '') < h.at) lastContactByClient.set(h.clientId, h.at);
  }
  const invoices = invoiceColumnsOf(data);
  const clientsWithOpenDeal = new Set<string>();
  // The joins on deals, in the one walk over them: an invoice takes its deal's owner (a later deal
  // with the same id wins, as in dealById), a client has an open deal.
  const deals = dealFactsOf(data.deals, lastContactByDeal, (d) => {
    for (let i = invoices.latestOfDeal.get(d.id) ?? -1; i >= 0; i = invoices.previousOfDeal[i]!) invoices.columns.owner[i] = d.owner;
    if (d.status === 'open') clientsWithOpenDeal.add(d.clientId);
  });
  return {
    data,
    clientById,
    get dealById() {
      return dealsById();
    },
    clients: clientFactsOf(data, clientsWithOpenDeal, lastContactByClient),
    deals,
    invoices: { ...invoices.columns, all: positionsByOwner(invoices.columns.owner) },
    payments: paymentFactsOf(data, invoices, (dealId) => dealsById().get(dealId)?.owner ?? ''),
    plannedContacts: plannedContactFactsOf(data),
  };
}

function clientFactsOf(data: AnalyticsData, clientsWithOpenDeal: ReadonlySet<string>, lastContactByClient: ReadonlyMap<string, string>): AnalyticsIndex['clients'] {
  const clientsWithOpenPlan = new Set<string>();
  for (const p of data.plannedContacts) if (p.status === 'open') clientsWithOpenPlan.add(p.clientId);
  const n = data.clients.length;
  const id = new Array<string>(n);
  const all = new OwnedPositionsBuilder(n);
  const active = new OwnedPositionsBuilder(n);
  const hasOpenPlan = new Uint8Array(n);
  const hasOpenWork = new Uint8Array(n);
  const lastContactDay = new Float64Array(n);
  data.clients.forEach((c, i) => {
    id[i] = c.id;
    all.add(i, c.owner);
    if (c.status !== 'inactive') active.add(i, c.owner);
    hasOpenPlan[i] = clientsWithOpenPlan.has(c.id) ? 1 : 0;
    hasOpenWork[i] = hasOpenPlan[i] || clientsWithOpenDeal.has(c.id) ? 1 : 0;
    lastContactDay[i] = dayKey(lastContactByClient.get(c.id) ?? '');
  });
  return { id, all: all.build(), active: active.build(), hasOpenPlan, hasOpenWork, lastContactDay };
}

type InvoiceColumns = {
  columns: Omit<AnalyticsIndex['invoices'], 'all'>;
  /** Position by id. */
  at: Map<string, number>;
  /** The invoices of a deal: the latest in the map, each one's previous in `previousOfDeal` (-1: none). */
  latestOfDeal: Map<string, number>;
  previousOfDeal: Int32Array;
};

/**
 * Owners are left '' for the walk over the deals to fill: a lookup per deal in a map of the deals
 * that have invoices is cheaper than a map of every deal.
 */
function invoiceColumnsOf(data: AnalyticsData): InvoiceColumns {
  const n = data.invoices.length;
  const id = new Array<string>(n);
  const clientId = new Array<string>(n);
  const dealId = new Array<string>(n);
  const currency = new Array<string>(n);
  const amountMinor = new Float64Array(n);
  const issueDay = new Float64Array(n);
  const dueDayMs = new Float64Array(n);
  const latestOfDeal = new Map<string, number>();
  const previousOfDeal = new Int32Array(n);
  const at = new Map<string, number>();
  data.invoices.forEach((inv, i) => {
    id[i] = inv.id;
    clientId[i] = inv.clientId;
    dealId[i] = inv.dealId;
    currency[i] = inv.currency;
    amountMinor[i] = inv.amountMinor;
    issueDay[i] = dayKey(inv.issueDate);
    dueDayMs[i] = instantMs(inv.dueDate);
    at.set(inv.id, i);
    previousOfDeal[i] = latestOfDeal.get(inv.dealId) ?? -1;
    latestOfDeal.set(inv.dealId, i);
  });
  const owner = new Array<string>(n).fill('');
  return { columns: { id, clientId, dealId, currency, amountMinor, owner, issueDay, dueDayMs, paidMinor: new Float64Array(n) }, at, latestOfDeal, previousOfDeal };
}

function positionsByOwner(owners: readonly string[]): OwnedPositions {
  const positions = new OwnedPositionsBuilder(owners.length);
  owners.forEach((owner, i) => positions.add(i, owner));
  return positions.build();
}

/**
 * Also sums each invoice's payments into `invoices.paidMinor`. A payment names its invoice's deal,
 * so it takes the invoice's owner; `ownerOfDeal` answers for the rest.
 */
function paymentFactsOf(data: AnalyticsData, { columns: invoices, at }: InvoiceColumns, ownerOfDeal: (dealId: string) => string): AnalyticsIndex['payments'] {
  const n = data.payments.length;
  const id = new Array<string>(n);
  const currency = new Array<string>(n);
  const amountMinor = new Float64Array(n);
  const day = new Float64Array(n);
  const all = new OwnedPositionsBuilder(n);
  const { paidMinor } = invoices;
  data.payments.forEach((p, i) => {
    id[i] = p.id;
    currency[i] = p.currency;
    amountMinor[i] = p.amountMinor;
    day[i] = dayKey(p.date);
    const invoice = at.get(p.invoiceId);
    if (invoice !== undefined) paidMinor[invoice]! += p.amountMinor;
    all.add(i, invoice !== undefined && invoices.dealId[invoice] === p.dealId ? invoices.owner[invoice]! : ownerOfDeal(p.dealId));
  });
  // Ids are unique in the store; should two invoices share one, each counts the payments naming it.
  if (at.size < invoices.id.length) invoices.id.forEach((invoiceId, i) => (paidMinor[i] = paidMinor[at.get(invoiceId)!]!));
  return { id, currency, amountMinor, all: all.build(), day };
}

function plannedContactFactsOf(data: AnalyticsData): AnalyticsIndex['plannedContacts'] {
  const all = new OwnedPositionsBuilder(data.plannedContacts.length);
  const open = new OwnedPositionsBuilder(data.plannedContacts.length);
  data.plannedContacts.forEach((p, i) => {
    all.add(i, p.owner);
    if (p.status === 'open') open.add(i, p.owner);
  });
  return { all: all.build(), open: open.build() };
}

type Owned = 'clients' | 'deals' | 'invoices' | 'payments' | 'plannedContacts';

/** The records of a kind in the scope: all of them for the team, one manager's otherwise. */
export function recordsInScope<K extends Owned>(index: AnalyticsIndex, scope: Pick<Scope, 'owner'>, kind: K): AnalyticsData[K] {
  const records = index.data[kind];
  if (scope.owner === null) return records;
  return Array.from(positionsOf(index[kind].all, scope.owner), (i) => records[i]!) as AnalyticsData[K];
}
