import type { Client } from '../domain/model/Client';
import type { Contact } from '../domain/model/Contact';
import type { AppDeps } from './AppDeps';
import { blankClient } from './clientDraft';
import { isValidDomain, normaliseDomain, parseEmails, ValidationError, type FieldError } from './validation';

export type NewClientInput = {
  client: Partial<Omit<Client, 'id' | 'createdAt' | 'updatedAt'>> & { name: string };
  contacts: { name: string; position: string; emails: string[]; phones: string[] }[];
};

function checkDomains(domains: readonly string[]): { domains: string[]; errors: FieldError[] } {
  const normalised = [...new Set(domains.map(normaliseDomain).filter(Boolean))];
  const errors = normalised.filter((d) => !isValidDomain(d)).map(() => ({ field: 'domains', key: 'errors.invalidDomain' }));
  return { domains: normalised, errors };
}

function checkClient(client: Client): Client {
  const errors: FieldError[] = [];
  if (!client.name.trim()) errors.push({ field: 'name', key: 'errors.required' });
  const { domains, errors: domainErrors } = checkDomains(client.domains);
  errors.push(...domainErrors);
  const p = client.purchaseProbability?.value;
  if (p !== undefined && (!Number.isFinite(p) || p < 0 || p > 100)) errors.push({ field: 'purchaseProbability', key: 'errors.percent' });
  if (errors.length) throw new ValidationError(errors);
  return { ...client, name: client.name.trim(), domains };
}

/** Creates a client with its first contacts; bad addresses or domains are refused with field errors. */
export async function createClient(deps: AppDeps, input: NewClientInput): Promise<Client> {
  const { store, ids, clock, mailHost } = deps;
  const now = clock.now().toISOString();
  const client = checkClient({ ...blankClient(ids.newId(), now, mailHost.userProfile().email.toLowerCase()), ...input.client });
  const contacts: Contact[] = [];
  const errors: FieldError[] = [];
  input.contacts.forEach((c, i) => {
    const { emails, errors: emailErrors } = parseEmails(c.emails, `contacts.${i}.emails`);
    errors.push(...emailErrors);
    if (!c.name.trim() && !emails.length) return;
    contacts.push({ id: ids.newId(), clientId: client.id, name: c.name.trim(), position: c.position.trim(), emails, phones: c.phones.map((p) => p.trim()).filter(Boolean), createdAt: now, updatedAt: now });
  });
  if (errors.length) throw new ValidationError(errors);
  await store.createClient(client, contacts);
  return client;
}

/** Saves an edited client card. */
export async function saveClient(deps: AppDeps, client: Client): Promise<Client> {
  const saved = checkClient({ ...client, updatedAt: deps.clock.now().toISOString() });
  await deps.store.saveClient(saved);
  return saved;
}

/** Adds or edits a contact person of a client. */
export async function saveContact(deps: AppDeps, contact: Omit<Contact, 'createdAt' | 'updatedAt' | 'id'> & { id?: string; createdAt?: string }): Promise<Contact> {
  const { emails, errors } = parseEmails(contact.emails, 'emails');
  if (!contact.name.trim() && !emails.length) errors.push({ field: 'name', key: 'errors.required' });
  if (errors.length) throw new ValidationError(errors);
  const now = deps.clock.now().toISOString();
  const saved: Contact = {
    ...contact,
    id: contact.id ?? deps.ids.newId(),
    name: contact.name.trim(),
    position: contact.position.trim(),
    emails,
    phones: contact.phones.map((p) => p.trim()).filter(Boolean),
    createdAt: contact.createdAt ?? now,
    updatedAt: now,
  };
  await deps.store.saveContact(saved);
  return saved;
}
