import type { Client } from '../../../src/domain/model/Client';
import type { Contact } from '../../../src/domain/model/Contact';

let seq = 0;
const next = () => `t-${++seq}`;
const at = '2026-01-01T00:00:00.000Z';

export function aClient(overrides: Partial<Client> = {}): Client {
  return {
    id: next(),
    name: 'Contoso',
    status: 'prospect',
    address: { street: '', city: '', postalCode: '', country: '' },
    phone: '',
    website: '',
    region: '',
    industry: '',
    leadSource: '',
    trigger: '',
    impression: null,
    purchaseProbability: null,
    domains: ['contoso.com'],
    owner: 'me@clientbook.example',
    mailingConsent: 'unknown',
    notes: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function aContact(overrides: Partial<Contact> & { clientId: string }): Contact {
  return { id: next(), name: 'Olena Petrenko', position: '', emails: [], phones: [], createdAt: at, updatedAt: at, ...overrides };
}
