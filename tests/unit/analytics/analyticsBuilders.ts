import { emptyAnalyticsData, type AnalyticsData } from '../../../src/domain/analytics/AnalyticsData';
import type { Campaign } from '../../../src/domain/model/Campaign';
import type { Client } from '../../../src/domain/model/Client';
import type { Deal, StageChange } from '../../../src/domain/model/Deal';
import type { HistoryEntry } from '../../../src/domain/model/HistoryEntry';
import type { Invoice } from '../../../src/domain/model/Invoice';
import type { Payment } from '../../../src/domain/model/Payment';
import type { PlannedContact } from '../../../src/domain/model/PlannedContact';
import { aClient } from '../../support/builders/aClient';

export const ANNA = 'anna@team.example';
export const BOHDAN = 'bohdan@team.example';
const at = '2026-01-01T09:00:00.000Z';

export function client(id: string, overrides: Partial<Client> = {}): Client {
  return aClient({ id, owner: ANNA, region: 'kyiv', industry: 'it', leadSource: 'web', domains: [`${id}.example`], ...overrides });
}

export function step(kind: StageChange['kind'], to: string, when: string, reason = ''): StageChange {
  return { kind, from: '', to, at: when, by: ANNA, reason, note: '' };
}

export function deal(id: string, overrides: Partial<Deal> = {}): Deal {
  return {
    id,
    clientId: 'c1',
    title: id,
    amountMinor: 100_00,
    currency: 'UAH',
    owner: ANNA,
    stage: 'qualification',
    probability: 10,
    expectedCloseDate: '',
    salesChannel: '',
    campaignId: '',
    lines: [],
    stageHistory: [step('opened', 'qualification', overrides.createdAt ?? at)],
    status: 'open',
    closedAt: '',
    refusal: null,
    notes: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A deal won on `closedAt`, opened on `openedAt`. */
export function wonDeal(id: string, openedAt: string, closedAt: string, overrides: Partial<Deal> = {}): Deal {
  return deal(id, { status: 'won', stage: 'contract', probability: 100, createdAt: openedAt, closedAt, stageHistory: [step('opened', 'qualification', openedAt), step('won', 'qualification', closedAt)], ...overrides });
}

export function refusedDeal(id: string, reason: string, stage: string, closedAt: string, overrides: Partial<Deal> = {}): Deal {
  return deal(id, { status: 'refused', stage, closedAt, refusal: { reason, stage, note: '', at: closedAt }, ...overrides });
}

export function invoice(id: string, dealId: string, amountMinor: number, issueDate: string, dueDate: string, overrides: Partial<Invoice> = {}): Invoice {
  return { id, number: id, dealId, clientId: 'c1', amountMinor, currency: 'UAH', issueDate, dueDate, note: '', createdAt: at, updatedAt: at, ...overrides };
}

export function payment(id: string, inv: Invoice, amountMinor: number, date: string): Payment {
  return { id, invoiceId: inv.id, dealId: inv.dealId, clientId: inv.clientId, amountMinor, currency: inv.currency, date, note: '', createdAt: at, updatedAt: at };
}

export function contact(id: string, clientId: string, when: string, dealId = ''): HistoryEntry {
  return { id, clientId, contactIds: [], type: 'call', department: 'sales', author: ANNA, authorName: 'Anna', at: when, subject: '', text: '', outcome: '', email: null, completesPlannedContactId: '', dealId, createdAt: when, updatedAt: when };
}

export function plan(id: string, clientId: string, due: string, overrides: Partial<PlannedContact> = {}): PlannedContact {
  return { id, clientId, due, kind: 'call', note: '', owner: ANNA, status: 'open', doneAt: '', doneByEntryId: '', createdAt: at, updatedAt: at, ...overrides };
}

export function campaign(id: string, costMinor: number, overrides: Partial<Campaign> = {}): Campaign {
  return { id, name: id, channel: 'email', startDate: '2026-01-01', endDate: '', costMinor, currency: 'UAH', targetRegions: [], targetIndustries: [], notes: '', archived: false, createdAt: at, updatedAt: at, ...overrides };
}

export function data(parts: Partial<AnalyticsData>): AnalyticsData {
  return { ...emptyAnalyticsData(), ...parts };
}
