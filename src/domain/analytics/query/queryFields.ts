/**
 * The fields a query can filter, group and measure, per kind of record. Money fields read minor
 * units and name the currency field that goes with them; the engine never adds two currencies.
 */
import type { AnalyticsIndex } from '../AnalyticsIndex';
import { clientStatuses, type Client } from '../../model/Client';
import { dealStatuses, type Deal } from '../../model/Deal';
import type { HistoryEntry } from '../../model/HistoryEntry';
import type { Payment } from '../../model/Payment';
import { serviceCaseStatuses, type ServiceCase } from '../../model/ServiceCase';
import type { QueryRecordKind } from './Query';

export type FieldType = 'text' | 'number' | 'money' | 'date';
/** For 'text' fields holding a picklist code, the list (labels come from reference items), or a record kind. */
export type FieldSource = 'region' | 'industry' | 'leadSource' | 'dealStage' | 'refusalReason' | 'salesChannel' | 'historyType' | 'caseSeverity' | 'member' | 'campaign' | 'status' | 'currency' | 'client' | null;

export type QueryField = { key: string; type: FieldType; source: FieldSource; get: (record: never, index: AnalyticsIndex) => string | number };

type Row = { id: string; clientId?: string };

function field<R>(key: string, type: FieldType, source: FieldSource, get: (record: R, index: AnalyticsIndex) => string | number): QueryField {
  return { key, type, source, get: get as QueryField['get'] };
}

const clientOf = (index: AnalyticsIndex, clientId: string) => index.clientById.get(clientId);
const segmentFields = <R extends { clientId: string }>(): QueryField[] => [
  field<R>('client', 'text', 'client', (r) => r.clientId),
  field<R>('clientRegion', 'text', 'region', (r, ix) => clientOf(ix, r.clientId)?.region ?? ''),
  field<R>('clientIndustry', 'text', 'industry', (r, ix) => clientOf(ix, r.clientId)?.industry ?? ''),
  field<R>('clientLeadSource', 'text', 'leadSource', (r, ix) => clientOf(ix, r.clientId)?.leadSource ?? ''),
];

export const queryFields: Record<QueryRecordKind, QueryField[]> = {
  clients: [
    field<Client>('name', 'text', null, (c) => c.name),
    field<Client>('status', 'text', 'status', (c) => c.status),
    field<Client>('owner', 'text', 'member', (c) => c.owner),
    field<Client>('region', 'text', 'region', (c) => c.region),
    field<Client>('industry', 'text', 'industry', (c) => c.industry),
    field<Client>('leadSource', 'text', 'leadSource', (c) => c.leadSource),
    field<Client>('campaign', 'text', 'campaign', (c) => c.campaignId ?? ''),
    field<Client>('createdAt', 'date', null, (c) => c.createdAt.slice(0, 10)),
  ],
  deals: [
    field<Deal>('title', 'text', null, (d) => d.title),
    field<Deal>('status', 'text', 'status', (d) => d.status),
    field<Deal>('stage', 'text', 'dealStage', (d) => d.stage),
    field<Deal>('owner', 'text', 'member', (d) => d.owner),
    field<Deal>('amount', 'money', null, (d) => d.amountMinor),
    field<Deal>('currency', 'text', 'currency', (d) => d.currency),
    field<Deal>('probability', 'number', null, (d) => d.probability),
    field<Deal>('salesChannel', 'text', 'salesChannel', (d) => d.salesChannel),
    field<Deal>('campaign', 'text', 'campaign', (d) => d.campaignId),
    field<Deal>('refusalReason', 'text', 'refusalReason', (d) => d.refusal?.reason ?? ''),
    field<Deal>('createdAt', 'date', null, (d) => d.createdAt.slice(0, 10)),
    field<Deal>('closedAt', 'date', null, (d) => d.closedAt.slice(0, 10)),
    field<Deal>('expectedCloseDate', 'date', null, (d) => d.expectedCloseDate),
    ...segmentFields<Deal>(),
  ],
  history: [
    field<HistoryEntry>('type', 'text', 'historyType', (h) => h.type),
    field<HistoryEntry>('author', 'text', 'member', (h) => h.author),
    field<HistoryEntry>('department', 'text', null, (h) => h.department),
    field<HistoryEntry>('at', 'date', null, (h) => h.at.slice(0, 10)),
    field<HistoryEntry>('subject', 'text', null, (h) => h.subject),
    field<HistoryEntry>('surveyScore', 'number', null, (h) => h.surveyScore ?? ''),
    ...segmentFields<HistoryEntry>(),
  ],
  payments: [
    field<Payment>('amount', 'money', null, (p) => p.amountMinor),
    field<Payment>('currency', 'text', 'currency', (p) => p.currency),
    field<Payment>('date', 'date', null, (p) => p.date),
    field<Payment>('owner', 'text', 'member', (p, ix) => ix.dealById.get(p.dealId)?.owner ?? ''),
    ...segmentFields<Payment>(),
  ],
  cases: [
    field<ServiceCase>('title', 'text', null, (c) => c.title),
    field<ServiceCase>('status', 'text', 'status', (c) => c.status),
    field<ServiceCase>('severity', 'text', 'caseSeverity', (c) => c.severity),
    field<ServiceCase>('owner', 'text', 'member', (c) => c.owner),
    field<ServiceCase>('openedOn', 'date', null, (c) => c.openedOn),
    field<ServiceCase>('resolvedOn', 'date', null, (c) => c.resolvedOn),
    field<ServiceCase>('daysToResolve', 'number', null, (c) => (c.resolvedOn ? Math.round((Date.parse(c.resolvedOn) - Date.parse(c.openedOn)) / 86_400_000) : '')),
    ...segmentFields<ServiceCase>(),
  ],
};

export function recordsOf(index: AnalyticsIndex, kind: QueryRecordKind): Row[] {
  const d = index.data;
  switch (kind) {
    case 'clients':
      return d.clients;
    case 'deals':
      return d.deals;
    case 'history':
      return d.history;
    case 'payments':
      return d.payments;
    case 'cases':
      return d.serviceCases;
  }
}

export function fieldOf(kind: QueryRecordKind, key: string): QueryField | undefined {
  return queryFields[kind].find((f) => f.key === key);
}

/** The codes a 'status' field holds, per kind of record that has one. */
export const statusCodes: Partial<Record<QueryRecordKind, readonly string[]>> = { clients: clientStatuses, deals: dealStatuses, cases: serviceCaseStatuses };
