import { detectMailHost } from '../adapters/office/detectMailHost';
import { readCardFacts, type CardFacts } from '../adapters/storage/readCardFacts';
import type { Client } from '../domain/model/Client';
import type { Contact } from '../domain/model/Contact';
import type { Member } from '../domain/model/Member';
import type { ReferenceItem } from '../domain/model/ReferenceItem';
import { matchParticipants, matchedClients } from '../domain/rules/matchParticipants';
import type { MailHost } from '../domain/ports';
import { addressesAndDomains, ownDomains, participantsOf } from './recognizeMessage';

/** The open message's one client as home's card shows it, read before the app has started. */
export type FirstCard = {
  client: Client;
  /** The client's earliest open planned contact and its kind's labels; null when none is planned. */
  next: { due: string; kind: string; kindLabels: ReferenceItem['labels'] | null } | null;
  /** The Team members, for the owner's name. */
  members: Member[];
};

/**
 * The card home will show for the open message, when it is one client's: the same matching as
 * recognizeMessage (every participant, exact address to a contact, else domain to a client), on
 * the same records, read straight from IndexedDB. Null when the message shows no single client's
 * card (nothing open, a compose item, nobody or several matched) or the store does not exist yet:
 * then the app draws home itself.
 */
export async function readFirstCard(host: MailHost, read: typeof readCardFacts = readCardFacts): Promise<FirstCard | null> {
  const item = host.currentItem();
  if (item?.mode !== 'read') return null;
  const participants = participantsOf(item);
  const { addresses, domains } = addressesAndDomains(participants);
  const facts = await read(addresses, domains);
  if (!facts) return null;
  try {
    const client = oneClient(participants, facts, host);
    if (!client) return null;
    const { plans, historyTypes, members } = await facts.detailsOf(client.id);
    const next = plans.filter((p) => p.status === 'open').sort((a, b) => a.due.localeCompare(b.due))[0];
    // Picklists not written yet (the app's start writes the defaults): the card's label would differ.
    if (next && historyTypes.length === 0) return null;
    const kind = next && historyTypes.find((t) => t.code === next.kind);
    return { client, next: next ? { due: next.due, kind: next.kind, kindLabels: kind ? kind.labels : null } : null, members };
  } finally {
    facts.close();
  }
}

function oneClient(participants: ReturnType<typeof participantsOf>, facts: CardFacts, host: MailHost): Client | null {
  const contactsByEmail = new Map<string, Contact>();
  for (const c of facts.contacts) for (const e of c.emails) contactsByEmail.set(e, c);
  const clientsByDomain = new Map<string, Client>();
  for (const c of facts.domainClients) for (const d of c.domains) if (!clientsByDomain.has(d)) clientsByDomain.set(d, c);
  const clientsById = new Map([...facts.contactClients, ...facts.domainClients].map((c) => [c.id, c]));
  const matches = matchParticipants(participants, { contactsByEmail, clientsByDomain, clientsById }, {
    self: host.userProfile().email,
    ownDomains: ownDomains({ mailHost: host }),
  });
  const clients = matchedClients(matches);
  return clients.length === 1 ? (clients[0] ?? null) : null;
}

/**
 * The mailbox the pane runs in and the card it opens on, before the app starts: the pane's entry
 * draws that card first, then hands the same mailbox to startPane. A failed read draws no card
 * first; the app's own start then reports what is wrong with the store.
 */
export async function readFirstScreen(): Promise<{ host: MailHost; card: FirstCard | null }> {
  const host = await detectMailHost();
  return { host, card: await readFirstCard(host).catch(() => null) };
}
