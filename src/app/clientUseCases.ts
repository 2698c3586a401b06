import type { Client } from '../domain/model/Client';
import type { Contact } from '../domain/model/Contact';
import { parseEmailAddress } from '../domain/model/EmailAddress';
import type { CrmStore } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { changedFields } from './changedFields';
import { DeletedWhileEditingError, savedUnlessDeleted } from './DeletedWhileEditingError';
import { blankClient } from './clientDraft';
import { RecordNotFoundError } from './RecordNotFoundError';
import { mayDelete, requireMayDelete } from './requireRole';
import { isValidDomain, normaliseDomain, parseEmails, parsePhones, ValidationError, type FieldError } from './validation';

export type NewClientInput = {
  client: Partial<Omit<Client, 'id' | 'createdAt' | 'updatedAt'>> & { name: string };
  contacts: { name: string; position: string; emails: string[]; phones: string[] }[];
};

function checkDomains(domains: readonly string[]): { domains: string[]; errors: FieldError[] } {
  const normalised = [...new Set(domains.map(normaliseDomain).filter(Boolean))];
  const errors = normalised.filter((d) => !isValidDomain(d)).map(() => ({ field: 'domains', key: 'errors.invalidDomain' }));
  return { domains: normalised, errors };
}

/** `storedPhone`: the phone the client already had, kept as it is even when it is no phone number (stored before phones were checked). */
function checkClient(client: Client, storedPhone = ''): Client {
  const errors: FieldError[] = [];
  if (!client.name.trim()) errors.push({ field: 'name', key: 'errors.required' });
  errors.push(...parsePhones([client.phone ?? ''], 'phone', [storedPhone.trim()]).errors.map(({ index: _, ...e }) => e));
  const { domains, errors: domainErrors } = checkDomains(client.domains);
  errors.push(...domainErrors);
  const p = client.purchaseProbability?.value;
  if (p !== undefined && (!Number.isFinite(p) || p < 0 || p > 100)) errors.push({ field: 'purchaseProbability', key: 'errors.percent' });
  if (errors.length) throw new ValidationError(errors);
  return { ...client, name: client.name.trim(), phone: (client.phone ?? '').trim(), domains };
}

/** A contact being saved, as typed: its id when it exists, the field its addresses sit in, and its rows. */
type EmailRows = { id?: string; name: string; field: string; rows: readonly string[] };

/**
 * Refuses an address another contact person already has (any client's, or this client's): mail
 * from it would then match to whichever card the lookup found first. The message names who has
 * it. An address a contact already had before this edit is left alone, so a duplicate stored
 * before this check does not block editing that contact's name or phone. `newClient` names the
 * client being created, for two of its new contacts typed with one address.
 */
async function takenEmails(store: CrmStore, contacts: readonly EmailRows[], newClient?: string): Promise<FieldError[]> {
  const typed = contacts.flatMap((contact) =>
    contact.rows.flatMap((row, index) => {
      const parsed = parseEmailAddress(row);
      return parsed.ok ? [{ contact, index, address: parsed.value.address }] : [];
    }),
  );
  if (!typed.length) return [];
  const holders = await store.contactsByEmails([...new Set(typed.map((t) => t.address))]);
  const clientName = new Map((await store.clientsByIds(holders.map((h) => h.clientId))).map((c) => [c.id, c.name]));
  const errors: FieldError[] = [];
  const firstTyped = new Map<string, EmailRows>();
  for (const { contact, index, address } of typed) {
    const owners = holders.filter((h) => h.emails.includes(address));
    const own = contact.id !== undefined && owners.some((h) => h.id === contact.id);
    const other = own ? undefined : owners.find((h) => h.id !== contact.id);
    const earlier = firstTyped.get(address);
    if (!earlier) firstTyped.set(address, contact);
    if (other) errors.push(takenBy(contact.field, index, other.name, clientName.get(other.clientId) ?? ''));
    else if (earlier && earlier !== contact) errors.push(takenBy(contact.field, index, earlier.name.trim(), newClient ?? ''));
  }
  return errors;
}

function takenBy(field: string, index: number, name: string, client: string): FieldError {
  if (name && client) return { field, index, key: 'errors.emailTaken', params: { name, client } };
  if (client) return { field, index, key: 'errors.emailTakenAt', params: { client } };
  if (name) return { field, index, key: 'errors.emailTakenBy', params: { name } };
  return { field, index, key: 'errors.emailTakenElsewhere' };
}

/** Creates a client with its first contacts; bad addresses or domains are refused with field errors. */
export async function createClient(deps: AppDeps, input: NewClientInput): Promise<Client> {
  const { store, ids, clock, mailHost } = deps;
  const now = clock.now().toISOString();
  const draft: Client = { ...blankClient(ids.newId(), now, mailHost.userProfile().email.toLowerCase()), ...input.client };
  const contacts: Contact[] = [];
  const errors: FieldError[] = [];
  // The client's problems and its contacts' show together, so one save names every field to fix.
  let client = draft;
  try {
    client = checkClient(draft);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    errors.push(...error.errors);
  }
  input.contacts.forEach((c, i) => {
    const { emails, errors: emailErrors } = parseEmails(c.emails, `contacts.${i}.emails`);
    const { phones, errors: phoneErrors } = parsePhones(c.phones, `contacts.${i}.phones`);
    errors.push(...emailErrors, ...phoneErrors);
    if (!c.name.trim() && !emails.length) return;
    contacts.push({ id: ids.newId(), clientId: client.id, name: c.name.trim(), position: c.position.trim(), emails, phones, createdAt: now, updatedAt: now });
  });
  if (!errors.some((e) => e.field.endsWith('.emails'))) errors.push(...(await takenEmails(store, input.contacts.map((c, i) => ({ name: c.name, field: `contacts.${i}.emails`, rows: c.emails })), client.name.trim())));
  if (errors.length) throw new ValidationError(errors);
  await store.createClient(client, contacts);
  return client;
}

/**
 * Saves an edited client card: the fields changed from `read`, the card as the form opened it (by
 * default the stored one), go onto the client as stored now, so a colleague's edit pulled meanwhile
 * stays (the store applies them again in its write's transaction: RecordEdit). A client a colleague
 * deleted meanwhile is not written back (DeletedWhileEditingError).
 */
export async function saveClient(deps: AppDeps, client: Client, read?: Client): Promise<Client> {
  const edited = { kind: 'client', name: (read ?? client).name } as const;
  const stored = await deps.store.getClient(client.id);
  if (!stored) throw new DeletedWhileEditingError(edited);
  const saved = checkClient({ ...stored, ...changedFields(read ?? stored, client), updatedAt: deps.clock.now().toISOString() }, stored.phone);
  await savedUnlessDeleted(edited, () => deps.store.saveClient(saved, { read: read ?? stored, basis: stored }));
  return saved;
}

/**
 * Adds or edits a contact person of a client; an address another contact person has is refused,
 * naming them. An edit, like saveClient, applies only the fields changed from `read` onto the contact as stored now.
 */
export async function saveContact(deps: AppDeps, typed: Omit<Contact, 'createdAt' | 'updatedAt' | 'id'> & { id?: string; createdAt?: string }, read?: Contact): Promise<Contact> {
  // A phone stored before phones were checked (an import's "044 123 (Olena)") does not block an edit of the contact.
  const stored = typed.id ? (await deps.store.contactsOf(typed.clientId)).find((c) => c.id === typed.id) : undefined;
  const named = read ?? typed;
  const edited = { kind: 'contact', name: named.name.trim() || named.emails[0] || '' } as const;
  if (typed.id && !stored) throw new DeletedWhileEditingError(edited);
  const contact = stored ? { ...stored, ...changedFields(read ?? stored, typed) } : typed;
  const { emails, errors } = parseEmails(contact.emails, 'emails');
  if (!contact.name.trim() && !emails.length) errors.push({ field: 'name', key: 'errors.required' });
  const { phones, errors: phoneErrors } = parsePhones(contact.phones, 'phones', stored?.phones);
  errors.push(...phoneErrors);
  if (!errors.some((e) => e.field === 'emails')) errors.push(...(await takenEmails(deps.store, [{ id: contact.id, name: contact.name, field: 'emails', rows: contact.emails }])));
  if (errors.length) throw new ValidationError(errors);
  const now = deps.clock.now().toISOString();
  const saved: Contact = {
    ...contact,
    id: contact.id ?? deps.ids.newId(),
    name: contact.name.trim(),
    position: contact.position.trim(),
    emails,
    phones,
    createdAt: contact.createdAt ?? now,
    updatedAt: now,
  };
  await savedUnlessDeleted(edited, () => deps.store.saveContact(saved, stored && { read: read ?? stored, basis: stored }));
  return saved;
}

/**
 * Whether the signed-in user may delete this client (the card offers Delete client only then): the
 * head of sales, or the sales manager who owns it (mayDelete). Marketing and after-sales staff log
 * their contacts on a card but do not decide that it was made by mistake.
 */
export async function mayDeleteClient(deps: AppDeps, clientId: string): Promise<boolean> {
  const client = await deps.store.getClient(clientId);
  return client !== undefined && mayDelete(deps, client.owner);
}

/** What deleting the client would take with it, counted for the question asked first; `payments` refuse it. */
export type ClientDeletion = { contacts: number; history: number; plans: number; deals: number; receipts: number; serviceCases: number; payments: number };

export async function clientDeletion({ store, deals }: AppDeps, clientId: string): Promise<ClientDeletion> {
  const [contacts, history, plans, clientDeals, receipts, serviceCases, payments] = await Promise.all([
    store.contactsOf(clientId),
    store.historyOf(clientId),
    store.plannedContactsOf(clientId),
    deals.dealsOf(clientId),
    deals.invoicesOfClient(clientId),
    deals.serviceCasesOf(clientId),
    deals.paymentsOfClient(clientId),
  ]);
  return { contacts: contacts.length, history: history.length, plans: plans.length, deals: clientDeals.length, receipts: receipts.length, serviceCases: serviceCases.length, payments: payments.length };
}

/**
 * Deletes a client made by mistake (a duplicate, a test) with everything that is only its: contact
 * persons, planned contacts, service cases, deals with their planned receipts, and its history.
 * History goes too, unlike a deleted deal's: with no card its entries could be read nowhere, yet
 * analytics would count them, and a logged email's entry (its id derived from the message) would
 * make the same email "logged already" for the client it really belongs to. Money received is a
 * fact: a client whose deals have payments is refused until they are deleted.
 */
export async function deleteClient(deps: AppDeps, clientId: string): Promise<void> {
  const client = await deps.store.getClient(clientId);
  if (!client) throw new RecordNotFoundError('client', clientId);
  await requireMayDelete(deps, client.owner);
  if ((await deps.deals.paymentsOfClient(clientId)).length) throw new ValidationError([{ field: 'clientId', key: 'errors.hasPayments' }]);
  await deps.store.deleteClient(clientId);
}
