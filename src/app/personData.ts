import { parseEmailAddress } from '../domain/model/EmailAddress';
import { isFreeMailDomain } from '../domain/rules/freeMailDomains';
import type { AppDeps } from './AppDeps';
import { ValidationError } from './validation';

function checkedAddress(email: string): string {
  const parsed = parseEmailAddress(email);
  if (!parsed.ok) throw new ValidationError([{ field: 'email', key: 'errors.invalidEmail' }]);
  return parsed.value.address;
}

/** The person's contacts, the clients they belong to or are, and the history that involves or mentions them. */
export async function personData(deps: AppDeps, email: string) {
  const address = checkedAddress(email);
  const contacts = await deps.store.contactsByEmails([address]);
  const names = new Set(contacts.map((c) => c.name.trim().toLowerCase()).filter(Boolean));
  const clients = await deps.store.clientsByIds(contacts.map((c) => c.clientId));
  // A client that is the person (a private buyer): named like them, with no business domain.
  const personalClients = clients.filter((c) => names.has(c.name.trim().toLowerCase()) && c.domains.every(isFreeMailDomain));
  const history = await deps.data.historyAbout(contacts.map((c) => c.id), address);
  const mailings = await deps.data.mailingRecipientsAbout(contacts.map((c) => c.id), address);
  return { address, contacts, clients, personalClients, history, mailings };
}

export type PersonData = Awaited<ReturnType<typeof personData>>;
