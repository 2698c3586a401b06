/**
 * Which records are one person's data, found one way for the erasure, its preview and the person's
 * export: the history entries that involve them, their personal client cards, and every record
 * whose free text names them (history texts and subjects, client notes, Next contact notes, deal
 * and stage notes, service cases, money notes, campaign notes). Each comes as it is now and as the
 * erasure leaves it: without their part, their name, addresses and phone numbers.
 */
import type { FreeTextRecords } from '../domain/dataPorts';
import type { Client } from '../domain/model/Client';
import type { Contact } from '../domain/model/Contact';
import type { EmailParticipant, HistoryEntry } from '../domain/model/HistoryEntry';
import { addCounts, ERASED, personMentions, type MentionCounts, type PersonMentions } from '../domain/rules/personMentions';
import type { AppDeps } from './AppDeps';
import type { PersonData } from './personData';
import { withoutSavedAttachments } from './removeSavedAttachments';

/** A record the erasure changes: as it is now, and as the erasure leaves it. */
export type Change<T> = { before: T; after: T };

export type PersonRecords = { [K in keyof FreeTextRecords]: Change<FreeTextRecords[K][number]>[] } & {
  /** The mentions of the person the erasure replaces, in every record above. */
  mentions: MentionCounts;
  /** Records rewritten because their text names the person: not the entries they took part in, nor their personal cards. */
  recordsRewritten: number;
};

/** Keys that hold ids, links and stamps, never text a person wrote: left as they are. */
const NOT_TEXT = new Set(['id', 'clientId', 'contactIds', 'dealId', 'serviceCaseId', 'campaignId', 'invoiceId', 'internetMessageId', 'conversationId', 'createdAt', 'updatedAt', 'completesPlannedContactId', 'doneByEntryId']);

const NONE: MentionCounts = { names: 0, emails: 0, phones: 0 };

/** Every text of a record, at any depth, with the person's mentions replaced; the record itself when nothing changed. */
function redactTexts<T>(record: T, mentions: PersonMentions): { record: T; counts: MentionCounts } {
  let counts = NONE;
  const walk = (value: unknown, key: string): unknown => {
    if (NOT_TEXT.has(key)) return value;
    if (typeof value === 'string') {
      const done = mentions.redact(value);
      counts = addCounts(counts, done.counts);
      return done.text;
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, ''));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  const rewritten = walk(record, '') as T;
  return counts === NONE ? { record, counts } : { record: rewritten, counts };
}

const mentionTotal = (c: MentionCounts) => c.names + c.emails + c.phones;

/**
 * Who the person is, for the text search: names, every address and phone of their contact records.
 * `inTheirClients` also finds a given name or surname alone, which identifies them only among their
 * own clients' records, and only when no other contact of those clients shares it.
 */
async function mentionsOf(deps: AppDeps, person: PersonData) {
  const names = person.contacts.map((c) => c.name).filter((n) => n.trim());
  const emails = [person.address, ...person.contacts.flatMap((c) => c.emails)];
  const phones = person.contacts.flatMap((c) => c.phones);
  const clientIds = new Set(person.contacts.map((c) => c.clientId));
  const mine = new Set(person.contacts.map((c) => c.id));
  const others: Contact[] = (await Promise.all([...clientIds].map((id) => deps.store.contactsOf(id)))).flat().filter((c) => !mine.has(c.id));
  const lower = (s: string) => s.toLocaleLowerCase();
  const taken = others.flatMap((c) => c.name.split(/\s+/).filter(Boolean).map(lower));
  // A part is someone else's too when it is their name or a form of it: "Мар'яна" may be Мар'ян's
  // genitive ("для Мар'яна Бойка"), so next to a colleague Мар'ян it is left alone.
  const sharedWith = (part: string) => taken.some((t) => t === part || (Math.min(t.length, part.length) >= 3 && (t.startsWith(part) || part.startsWith(t))));
  const nameParts = [...new Set(names.flatMap((n) => n.trim().split(/\s+/)))].filter((part) => !sharedWith(lower(part)));
  return {
    clientIds,
    everywhere: personMentions({ names, emails, phones }),
    inTheirClients: personMentions({ names, nameParts, emails, phones }),
  };
}

function withoutPerson(p: EmailParticipant | null, addresses: ReadonlySet<string>): boolean {
  return !p || !addresses.has(p.email.toLowerCase());
}

/** An entry the person took part in keeps its id, type, date, author and client; their part and its texts go. */
function withoutParticipant(entry: HistoryEntry, addresses: ReadonlySet<string>, contactIds: ReadonlySet<string>): HistoryEntry {
  const email = entry.email;
  const involved = entry.contactIds.some((id) => contactIds.has(id)) || (email !== null && ![email.from, ...email.to, ...email.cc].every((p) => withoutPerson(p, addresses)));
  if (!involved) return entry;
  return {
    ...entry,
    contactIds: entry.contactIds.filter((id) => !contactIds.has(id)),
    subject: '',
    text: '',
    outcome: '',
    email: email
      ? {
          // The links to attachments saved with the mail go with the files (removeSavedAttachments).
          ...withoutSavedAttachments(email),
          from: withoutPerson(email.from, addresses) ? email.from : null,
          to: email.to.filter((p) => withoutPerson(p, addresses)),
          cc: email.cc.filter((p) => withoutPerson(p, addresses)),
          attachmentNames: [],
        }
      : null,
  };
}

function anonymised(client: Client, now: string): Client {
  return { ...client, name: ERASED, phone: '', website: '', notes: '', address: { street: '', city: '', postalCode: '', country: '' }, domains: [], impression: null, updatedAt: now };
}

type Tally = { counts: MentionCounts; records: number };

/** The records whose text names the person, rewritten; their own clients' records with the wider search. */
function rewriteAll<T extends { id: string; updatedAt: string }>(records: readonly T[], pick: (r: T) => PersonMentions, now: string, tally: Tally): Change<T>[] {
  const out: Change<T>[] = [];
  for (const r of records) {
    const { record, counts } = redactTexts(r, pick(r));
    if (record === r) continue;
    tally.counts = addCounts(tally.counts, counts);
    tally.records++;
    out.push({ before: r, after: { ...record, updatedAt: now } });
  }
  return out;
}

/** Every record that holds the person's data, each with what the erasure makes of it (stamped `now`). */
export async function personRecords(deps: AppDeps, person: PersonData, now: string): Promise<PersonRecords> {
  const { clientIds, everywhere, inTheirClients } = await mentionsOf(deps, person);
  const byClient = (clientId: string | undefined) => (clientId && clientIds.has(clientId) ? inTheirClients : everywhere);
  const found: FreeTextRecords = await deps.data.recordsMentioning((text) => inTheirClients.test(text));
  const contactIds = new Set(person.contacts.map((c) => c.id));
  const addresses = new Set([person.address, ...person.contacts.flatMap((c) => c.emails)].map((a) => a.toLowerCase()));
  const tally: Tally = { counts: NONE, records: 0 };

  // History: the entries that involve the person, and those whose text names them.
  const involvedIds = new Set(person.history.map((h) => h.id));
  const historyById = new Map([...found.history, ...person.history].map((h) => [h.id, h]));
  const history: Change<HistoryEntry>[] = [];
  for (const entry of historyById.values()) {
    const mentions = byClient(entry.clientId);
    // The person's part is found by address before the addresses in it are replaced; mentions are
    // counted in the texts as they were, also where the whole text goes with the person's part.
    const { counts } = redactTexts(entry, mentions);
    const stripped = redactTexts(withoutParticipant(entry, addresses, contactIds), mentions).record;
    if (stripped === entry) continue;
    tally.counts = addCounts(tally.counts, counts);
    if (!involvedIds.has(entry.id) && mentionTotal(counts) > 0) tally.records++;
    history.push({ before: entry, after: { ...stripped, redacted: true, updatedAt: now } });
  }

  // A personal client keeps its record (its history points at it) but loses everything that names the person.
  const personalIds = new Set(person.personalClients.map((c) => c.id));
  const clients = [
    ...person.personalClients.map((c) => ({ before: c, after: anonymised(c, now) })),
    ...rewriteAll(
      found.clients.filter((c) => !personalIds.has(c.id)),
      (c) => byClient(c.id),
      now,
      tally,
    ),
  ];
  return {
    history,
    clients,
    plannedContacts: rewriteAll(found.plannedContacts, (p) => byClient(p.clientId), now, tally),
    deals: rewriteAll(found.deals, (d) => byClient(d.clientId), now, tally),
    serviceCases: rewriteAll(found.serviceCases, (s) => byClient(s.clientId), now, tally),
    invoices: rewriteAll(found.invoices, (i) => byClient(i.clientId), now, tally),
    payments: rewriteAll(found.payments, (p) => byClient(p.clientId), now, tally),
    campaigns: rewriteAll(found.campaigns, () => everywhere, now, tally),
    mentions: tally.counts,
    recordsRewritten: tally.records,
  };
}
