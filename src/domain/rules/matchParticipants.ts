import type { Client } from '../model/Client';
import type { Contact } from '../model/Contact';
import { parseEmailAddress } from '../model/EmailAddress';
import type { EmailParticipant } from '../model/HistoryEntry';
import { isFreeMailDomain } from './freeMailDomains';

export type ParticipantMatch =
  | { kind: 'contact'; participant: EmailParticipant; contact: Contact; client: Client }
  | { kind: 'domain'; participant: EmailParticipant; client: Client }
  | { kind: 'unknown'; participant: EmailParticipant; reason: 'new' | 'free-mail' | 'invalid-address' };

/** What the store found for the participants' addresses and domains. */
export type MatchCandidates = {
  contactsByEmail: ReadonlyMap<string, Contact>;
  clientsByDomain: ReadonlyMap<string, Client>;
  clientsById: ReadonlyMap<string, Client>;
};

export type MatchContext = {
  /** The user's own address: never matched. */
  self: string;
  /** The team's own domains: internal mail is never matched by domain. */
  ownDomains: readonly string[];
};

/**
 * Matches every participant of a message: exact address to a contact, else domain to a client
 * (never for free-mail or our own domains), else unknown. The user is left out, duplicates merged.
 */
export function matchParticipants(
  participants: readonly EmailParticipant[],
  candidates: MatchCandidates,
  context: MatchContext,
): ParticipantMatch[] {
  const self = context.self.toLowerCase();
  const own = new Set(context.ownDomains.map((d) => d.toLowerCase()));
  const seen = new Set<string>();
  const matches: ParticipantMatch[] = [];
  for (const participant of participants) {
    const parsed = parseEmailAddress(participant.email);
    if (!parsed.ok) {
      const key = `invalid:${participant.email}`;
      if (seen.has(key) || !participant.email.trim()) continue;
      seen.add(key);
      matches.push({ kind: 'unknown', participant, reason: 'invalid-address' });
      continue;
    }
    const { address, domain } = parsed.value;
    if (address === self || seen.has(address)) continue;
    seen.add(address);
    const normalised = { name: participant.name, email: address };
    const contact = candidates.contactsByEmail.get(address);
    const contactClient = contact && candidates.clientsById.get(contact.clientId);
    if (contact && contactClient) {
      matches.push({ kind: 'contact', participant: normalised, contact, client: contactClient });
      continue;
    }
    if (own.has(domain)) continue;
    if (isFreeMailDomain(domain)) {
      matches.push({ kind: 'unknown', participant: normalised, reason: 'free-mail' });
      continue;
    }
    const client = candidates.clientsByDomain.get(domain);
    matches.push(client ? { kind: 'domain', participant: normalised, client } : { kind: 'unknown', participant: normalised, reason: 'new' });
  }
  return matches;
}

/** The distinct clients a set of matches points to, in order of first appearance. */
export function matchedClients(matches: readonly ParticipantMatch[]): Client[] {
  const byId = new Map<string, Client>();
  for (const m of matches) if (m.kind !== 'unknown' && !byId.has(m.client.id)) byId.set(m.client.id, m.client);
  return [...byId.values()];
}
