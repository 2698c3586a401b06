/**
 * Which records use which picklist, and how a retired value's records move to its replacement.
 * Only current fields move: stage history and other traces keep the old code, whose archived
 * item still gives it a label.
 */
import type { Campaign } from '../model/Campaign';
import type { Client } from '../model/Client';
import type { Deal } from '../model/Deal';
import type { HistoryEntry } from '../model/HistoryEntry';
import type { PlannedContact } from '../model/PlannedContact';
import type { Product } from '../model/Product';
import type { ReferenceList } from '../model/ReferenceItem';
import type { ServiceCase } from '../model/ServiceCase';

export type ReferencedRecords = {
  clients: Client[];
  history: HistoryEntry[];
  plannedContacts: PlannedContact[];
  deals: Deal[];
  campaigns: Campaign[];
  serviceCases: ServiceCase[];
  products: Product[];
};

export type ReferencedTable = keyof ReferencedRecords;

type Reassign<T> = (record: T, from: string, to: string) => T | null;
type Uses = { [K in ReferencedTable]?: Reassign<ReferencedRecords[K][number]> };

const swapIn = (codes: string[], from: string, to: string) => [...new Set(codes.map((c) => (c === from ? to : c)).filter(Boolean))];

const field =
  <T, K extends keyof T>(key: K): Reassign<T> =>
  (record, from, to) =>
    record[key] === from ? { ...record, [key]: to } : null;

const uses: { [L in ReferenceList]: Uses } = {
  region: {
    clients: field<Client, 'region'>('region'),
    campaigns: (c, from, to) => (c.targetRegions.includes(from) ? { ...c, targetRegions: swapIn(c.targetRegions, from, to) } : null),
  },
  industry: {
    clients: field<Client, 'industry'>('industry'),
    campaigns: (c, from, to) => (c.targetIndustries.includes(from) ? { ...c, targetIndustries: swapIn(c.targetIndustries, from, to) } : null),
  },
  leadSource: { clients: field<Client, 'leadSource'>('leadSource') },
  trigger: { clients: field<Client, 'trigger'>('trigger') },
  historyType: { history: field<HistoryEntry, 'type'>('type'), plannedContacts: field<PlannedContact, 'kind'>('kind') },
  dealStage: {
    deals: (d, from, to) =>
      d.stage === from || d.refusal?.stage === from
        ? { ...d, stage: d.stage === from ? to : d.stage, refusal: d.refusal && d.refusal.stage === from ? { ...d.refusal, stage: to } : d.refusal }
        : null,
  },
  refusalReason: { deals: (d, from, to) => (d.refusal?.reason === from ? { ...d, refusal: { ...d.refusal, reason: to } } : null) },
  salesChannel: { deals: field<Deal, 'salesChannel'>('salesChannel') },
  campaignChannel: { campaigns: field<Campaign, 'channel'>('channel') },
  caseSeverity: { serviceCases: field<ServiceCase, 'severity'>('severity') },
  productCategory: { products: field<Product, 'category'>('category') },
};

/** The tables whose records can hold a value of the list (what a store has to read). */
export function tablesUsing(list: ReferenceList): ReferencedTable[] {
  return Object.keys(uses[list]) as ReferencedTable[];
}

function apply<K extends ReferencedTable>(table: K, list: ReferenceList, rows: ReferencedRecords[K], from: string, to: string, at: string): ReferencedRecords[K] {
  const reassign = uses[list][table] as Reassign<ReferencedRecords[K][number]> | undefined;
  if (!reassign) return [] as unknown as ReferencedRecords[K];
  const changed: ReferencedRecords[K][number][] = [];
  for (const row of rows) {
    const next = reassign(row, from, to);
    if (next) changed.push({ ...next, updatedAt: at });
  }
  return changed as ReferencedRecords[K];
}

const empty = (): ReferencedRecords => ({ clients: [], history: [], plannedContacts: [], deals: [], campaigns: [], serviceCases: [], products: [] });

/** The records that hold `from` in a field of the list, moved to `to` (only the changed ones). */
export function reassignReference(records: Partial<ReferencedRecords>, list: ReferenceList, from: string, to: string, at: string): ReferencedRecords {
  const out = empty();
  for (const table of tablesUsing(list)) {
    const rows = records[table];
    if (rows) (out as { [K in ReferencedTable]: unknown[] })[table] = apply(table, list, rows as never, from, to, at);
  }
  return out;
}

/** How many records hold the value: 0 means it can be archived without a replacement. */
export function referenceUseCount(records: Partial<ReferencedRecords>, list: ReferenceList, code: string): number {
  const found = reassignReference(records, list, code, `\u0000${code}`, '');
  return Object.values(found).reduce((n, rows) => n + rows.length, 0);
}
