import { parseEmailAddress } from '../domain/model/EmailAddress';
import type { Client } from '../domain/model/Client';
import type { Contact } from '../domain/model/Contact';
import type { EmailParticipant } from '../domain/model/HistoryEntry';
import { isFreeMailDomain } from '../domain/rules/freeMailDomains';
import { matchParticipants, matchedClients, type ParticipantMatch } from '../domain/rules/matchParticipants';
import type { NeverLogReason } from '../domain/rules/neverLog';
import type { ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { whyNeverLogged } from './loggingRules';

export type Recognition = {
  matches: ParticipantMatch[];
  clients: Client[];
  /** Id the message's history entry has (or would have). '' when the message has no internetMessageId. */
  entryId: string;
  logged: boolean;
  /** Why a never-log rule covers the message (the pane says so and offers no logging), or null. */
  neverLog: NeverLogReason | null;
};

/** Every participant of a read message but the user: from, sender, to, cc. */
export function participantsOf(item: ReadItem): EmailParticipant[] {
  return [item.from, item.sender, ...item.to, ...item.cc].filter((p): p is EmailParticipant => p !== null);
}

/** The participants' valid addresses and their domains: what the store is asked for. */
export function addressesAndDomains(participants: readonly EmailParticipant[]): { addresses: string[]; domains: string[] } {
  const addresses: string[] = [];
  const domains: string[] = [];
  for (const p of participants) {
    const parsed = parseEmailAddress(p.email);
    if (parsed.ok) {
      addresses.push(parsed.value.address);
      domains.push(parsed.value.domain);
    }
  }
  return { addresses, domains };
}

/** The user's own domains: internal mail is never matched to a client. */
export function ownDomains({ mailHost }: Pick<AppDeps, 'mailHost'>): string[] {
  const parsed = parseEmailAddress(mailHost.userProfile().email);
  return parsed.ok && !isFreeMailDomain(parsed.value.domain) ? [parsed.value.domain] : [];
}

/** Matches the participants of an open message to contacts and clients, and says whether it is logged. */
export async function recognizeMessage(deps: AppDeps, item: ReadItem): Promise<Recognition> {
  const { store, ids, mailHost } = deps;
  const participants = participantsOf(item);
  const { addresses, domains } = addressesAndDomains(participants);
  const [contacts, byDomain] = await Promise.all([store.contactsByEmails(addresses), store.clientsByDomains(domains)]);
  const contactClients = await store.clientsByIds(contacts.map((c) => c.clientId));
  const contactsByEmail = new Map<string, Contact>();
  for (const c of contacts) for (const e of c.emails) contactsByEmail.set(e, c);
  const clientsByDomain = new Map<string, Client>();
  for (const c of byDomain) for (const d of c.domains) if (!clientsByDomain.has(d)) clientsByDomain.set(d, c);
  const clientsById = new Map([...contactClients, ...byDomain].map((c) => [c.id, c]));

  const matches = matchParticipants(participants, { contactsByEmail, clientsByDomain, clientsById }, {
    self: mailHost.userProfile().email,
    ownDomains: ownDomains(deps),
  });
  const entryId = item.internetMessageId ? ids.forMessage(item.internetMessageId) : '';
  const logged = entryId ? (await store.getHistoryEntry(entryId)) !== undefined : false;
  // A compose item has no message id and is never logged from here: no rule to report.
  const neverLog = entryId ? await whyNeverLogged(deps, item) : null;
  return { matches, clients: matchedClients(matches), entryId, logged, neverLog };
}
