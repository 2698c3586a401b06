/*
 * Deterministic synthetic CRM data for the benchmarks: client i has the domain client<i>.example
 * and one contact buyer<i>@client<i>.example, plus as many history entries as asked.
 */
import type { Client } from '../src/domain/model/Client';
import type { Contact } from '../src/domain/model/Contact';
import type { HistoryEntry } from '../src/domain/model/HistoryEntry';

const at = '2026-01-05T09:00:00.000Z';
const pad = (i: number) => String(i).padStart(6, '0');

export const benchOwner = 'maria.koval@clientbook.example';
export const benchDomain = (i: number) => `client${pad(i)}.example`;
export const benchContactEmail = (i: number) => `buyer${pad(i)}@${benchDomain(i)}`;
export const benchContactName = (i: number) => `Buyer ${pad(i)}`;
export const benchClientName = (i: number) => `Bench Client ${pad(i)} Ltd`;

export function benchClient(i: number): Client {
  return {
    id: `bench-client-${pad(i)}`,
    name: benchClientName(i),
    status: i % 3 === 0 ? 'customer' : 'prospect',
    address: { street: `${i} Market Street`, city: 'Kyiv', postalCode: '01001', country: 'Ukraine' },
    phone: '+380 44 000 0000',
    website: `https://${benchDomain(i)}`,
    region: '',
    industry: '',
    leadSource: '',
    trigger: '',
    impression: null,
    purchaseProbability: { value: i % 100, on: '2026-01-05' },
    domains: [benchDomain(i)],
    owner: benchOwner,
    mailingConsent: 'unknown',
    notes: '',
    createdAt: at,
    updatedAt: at,
  };
}

export function benchContact(i: number): Contact {
  return {
    id: `bench-contact-${pad(i)}`,
    clientId: `bench-client-${pad(i)}`,
    name: benchContactName(i),
    position: 'Purchasing manager',
    emails: [benchContactEmail(i)],
    phones: ['+380 67 000 0000'],
    createdAt: at,
    updatedAt: at,
  };
}

const dayMs = 24 * 3600 * 1000;

export function benchHistoryEntry(i: number, n: number): HistoryEntry {
  const when = new Date(Date.parse(at) - n * 7 * dayMs).toISOString();
  return {
    id: `bench-history-${pad(i)}-${String(n).padStart(3, '0')}`,
    clientId: `bench-client-${pad(i)}`,
    contactIds: [`bench-contact-${pad(i)}`],
    type: n % 2 === 0 ? 'call' : 'email',
    department: 'sales',
    author: benchOwner,
    authorName: 'Maria Koval',
    at: when,
    subject: `Follow-up ${n} on the spring order`,
    text: 'Discussed delivery dates for the spring order and the discount for a second pallet; they will confirm the quantities after their stock count next week.',
    outcome: n % 2 === 0 ? 'Interested' : '',
    email: null,
    completesPlannedContactId: '',
    createdAt: when,
    updatedAt: when,
  };
}
