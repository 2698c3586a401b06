import { liveQuery, type default as Dexie, type Table } from 'dexie';
import type { Client } from '../../domain/model/Client';
import type { Contact } from '../../domain/model/Contact';
import type { HistoryEntry } from '../../domain/model/HistoryEntry';
import type { PlannedContact } from '../../domain/model/PlannedContact';
import type { ReferenceItem } from '../../domain/model/ReferenceItem';
import type { ClientSearch, ClientSearchHit, CrmStore, Live, RecordEdit } from '../../domain/ports';
import { foldForSearch, searchWordsOf, wordsMatch } from '../../domain/rules/searchWords';
import { type ClientbookDb, type SyncedTable } from './ClientbookDb';
import { putEdited } from './putEdited';

/** A contact person as Find a client looks them up by name. */
type ContactName = { id: string; clientId: string; words: string[] };

/**
 * Every contact's name words per database, read in one go (one getAll, where a cursor over the
 * name index takes a step per contact) and kept until a contact changes: Dexie reports every
 * committed write, in this tab and the others, with the tables it touched. The count taken with
 * it is checked on each use as well, and makes the live search follow contact changes.
 */
const contactNames = new Map<string, { count: number; rows: Promise<ContactName[]> }>();
let followingContacts = false;
function followContactWrites(dexie: typeof Dexie): void {
  if (followingContacts) return;
  followingContacts = true;
  dexie.on('storagemutated', (parts) => {
    for (const part of Object.keys(parts)) {
      const db = /^idb:\/\/(.*)\/contacts\//.exec(part)?.[1];
      if (db !== undefined) contactNames.delete(db);
    }
  });
}

const byNewest = (a: HistoryEntry, b: HistoryEntry) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/** CrmStore on Dexie: each write and its outbox entry share one transaction (nothing is lost on close). */
export class DexieCrmStore implements CrmStore {
  constructor(private readonly db: ClientbookDb) {}

  live<T>(query: () => Promise<T>): Live<T> {
    return {
      subscribe: (next, error) => {
        const subscription = liveQuery(query).subscribe({ next, error });
        return () => subscription.unsubscribe();
      },
    };
  }

  private table(name: SyncedTable): Table {
    return this.db.table(name);
  }

  /** Writes records and queues them for sync, in one transaction. */
  private async put(name: SyncedTable, records: { id: string }[]): Promise<void> {
    await this.db.transaction('rw', [this.table(name), this.db.outbox], async () => {
      await this.table(name).bulkPut(records);
      await this.queue(name, records.map((r) => r.id), 'upsert');
    });
  }

  private async queue(name: SyncedTable, keys: string[], op: 'upsert' | 'delete'): Promise<void> {
    const at = new Date().toISOString();
    await this.db.outbox.bulkAdd(keys.map((key) => ({ table: name, key, op, at })));
  }

  getClient(id: string) {
    return this.db.clients.get(id);
  }

  saveClient(client: Client, edit?: RecordEdit<Client>) {
    return putEdited(this.db, 'clients', client, edit);
  }

  async createClient(client: Client, contacts: Contact[]): Promise<void> {
    await this.db.transaction('rw', [this.db.clients, this.db.contacts, this.db.outbox], async () => {
      await this.put('clients', [client]);
      if (contacts.length) await this.put('contacts', contacts);
    });
  }

  async searchClients(text: string, limit: number): Promise<ClientSearchHit[]> {
    return (await this.findClients(text, limit, limit)).hits;
  }

  /**
   * Clients by email domain, contact email, contact person's name (any word, from its start) and
   * client name; case and accents do not matter. With no text, the recently changed ones. Each
   * hit lists the contacts that matched first. The order is the same on every call, so asking
   * for more clients of the same search lists the same first ones, then the next.
   */
  async findClients(text: string, limit: number, countUpTo: number): Promise<ClientSearch> {
    const q = text.trim().toLowerCase();
    if (!q) {
      const recent = await this.db.clients.orderBy('updatedAt').reverse().limit(limit).toArray();
      return { hits: await this.withContacts(recent, new Set()), total: recent.length, totalCapped: false };
    }
    // One past what is counted tells "more than countUpTo" from exactly that many. Only ids are
    // kept beyond the clients shown: a broad search reads a few more rows, not the whole table.
    const want = Math.max(limit, countUpTo) + 1;
    const found = new Map<string, Client | null>();
    const matched = new Set<string>();
    const byDomain = await this.db.clients.where('domains').startsWith(q.replace(/^@/, '')).limit(want).toArray();
    byDomain.forEach((c) => found.set(c.id, c));
    if (q.includes('@') || found.size < want) {
      const contacts = await this.db.contacts.where('emails').startsWith(q).limit(want).toArray();
      contacts.forEach((c) => matched.add(c.id));
      contacts.forEach((c) => found.has(c.clientId) || found.set(c.clientId, null));
    }
    const typed = searchWordsOf(q);
    if (!q.includes('@') && typed.length && found.size < want) {
      // Contact persons by name, any word; only the contacts whose name matched are read whole.
      const hitIds = (await this.contactNames()).filter((c) => wordsMatch(typed, c.words)).slice(0, want * 4).map((c) => c.id);
      const people = (await this.db.contacts.bulkGet(hitIds)).filter((c): c is Contact => c !== undefined);
      people.forEach((c) => matched.add(c.id));
      people.forEach((c) => found.size < want && !found.has(c.clientId) && found.set(c.clientId, null));
    }
    if (found.size < want) {
      const folded = foldForSearch(q);
      const byName = await this.db.clients
        .filter((c) => !found.has(c.id) && foldForSearch(c.name).includes(folded))
        .limit(want - found.size)
        .toArray();
      byName.forEach((c) => found.set(c.id, c));
    }
    // Read by key (cheap): a contact whose client is gone (a sync half-way) counts for nothing.
    const all = [...found.entries()];
    const read = new Map((await this.clientsByIds(all.filter(([, c]) => !c).map(([id]) => id))).map((c) => [c.id, c] as const));
    const clients = all.map(([id, c]) => c ?? read.get(id)).filter((c): c is Client => c !== undefined);
    const total = clients.length;
    return { hits: await this.withContacts(clients.slice(0, limit), matched), total: Math.min(total, countUpTo), totalCapped: total > countUpTo };
  }

  private async withContacts(clients: Client[], matched: ReadonlySet<string>): Promise<ClientSearchHit[]> {
    const contacts = await this.db.contacts.where('clientId').anyOf(clients.map((c) => c.id)).toArray();
    const matchedFirst = (a: Contact, b: Contact) => Number(matched.has(b.id)) - Number(matched.has(a.id));
    return clients.map((client) => ({ client, contacts: contacts.filter((c) => c.clientId === client.id).sort(matchedFirst) }));
  }

  private async contactNames(): Promise<ContactName[]> {
    // Dexie's class through the instance, as teamItems.ts reads it.
    followContactWrites(this.db.constructor as typeof Dexie);
    const count = await this.db.contacts.count();
    let kept = contactNames.get(this.db.name);
    if (!kept || kept.count !== count) {
      const rows = this.db.contacts.toArray().then((all) => all.map((c) => ({ id: c.id, clientId: c.clientId, words: searchWordsOf(c.name ?? '') })));
      kept = { count, rows };
      contactNames.set(this.db.name, kept);
      rows.catch(() => contactNames.delete(this.db.name));
    }
    return kept.rows;
  }

  countClients() {
    return this.db.clients.count();
  }

  async hasClients(): Promise<boolean> {
    return (await this.db.clients.limit(1).primaryKeys()).length > 0;
  }

  contactsOf(clientId: string) {
    return this.db.contacts.where('clientId').equals(clientId).sortBy('name');
  }

  saveContact(contact: Contact, edit?: RecordEdit<Contact>) {
    return putEdited(this.db, 'contacts', contact, edit);
  }

  async deleteContact(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.contacts, this.db.outbox], async () => {
      await this.db.contacts.delete(id);
      await this.queue('contacts', [id], 'delete');
    });
  }

  async deleteClient(id: string): Promise<void> {
    const db = this.db;
    const owned = [db.contacts, db.history, db.plannedContacts, db.serviceCases, db.deals, db.invoices] as const;
    await db.transaction('rw', [...owned, db.clients, db.mailingRecipients, db.outbox], async () => {
      // By key, not by a range: the analytics journal and lastContacts follow each key deleted.
      for (const table of owned) {
        const keys = (await table.where('clientId').equals(id).primaryKeys()) as string[];
        if (!keys.length) continue;
        await table.bulkDelete(keys);
        await this.queue(table.name as SyncedTable, keys, 'delete');
      }
      await db.clients.delete(id);
      await this.queue('clients', [id], 'delete');
      // Mailing queues are this pane's own (not synced): a message not sent yet would log history for a client that is gone.
      await db.mailingRecipients
        .filter((r) => r.clientId === id && r.state === 'queued')
        .modify({ state: 'cancelled' });
    });
  }

  contactsByEmails(emails: readonly string[]) {
    return this.db.contacts.where('emails').anyOf([...emails]).distinct().toArray();
  }

  clientsByDomains(domains: readonly string[]) {
    return this.db.clients.where('domains').anyOf([...domains]).distinct().toArray();
  }

  async clientsByIds(ids: readonly string[]): Promise<Client[]> {
    const rows = await this.db.clients.bulkGet([...new Set(ids)]);
    return rows.filter((c): c is Client => c !== undefined);
  }

  async historyOf(clientId: string): Promise<HistoryEntry[]> {
    const rows = await this.db.history
      .where('[clientId+at]')
      .between([clientId, ''], [clientId, '\uffff'])
      .reverse()
      .toArray();
    return rows.sort(byNewest);
  }

  getHistoryEntry(id: string) {
    return this.db.history.get(id);
  }

  async addHistoryEntryOnce(entry: HistoryEntry): Promise<boolean> {
    return this.db.transaction('rw', [this.db.history, this.db.outbox], async () => {
      if (await this.db.history.get(entry.id)) return false;
      await this.put('history', [entry]);
      return true;
    });
  }

  async recordHistory(entry: HistoryEntry, completes: PlannedContact | null): Promise<void> {
    await this.db.transaction('rw', [this.db.history, this.db.plannedContacts, this.db.outbox], async () => {
      await this.put('history', [entry]);
      if (completes) await this.put('plannedContacts', [completes]);
    });
  }

  plannedContactsOf(clientId: string) {
    return this.db.plannedContacts.where('clientId').equals(clientId).sortBy('due');
  }

  openPlannedContactsDueBy(isoDate: string) {
    return this.db.plannedContacts.where('[status+due]').between(['open', ''], ['open', isoDate], true, true).toArray();
  }

  savePlannedContact(plan: PlannedContact) {
    return this.put('plannedContacts', [plan]);
  }

  async deletePlannedContact(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.plannedContacts, this.db.outbox], async () => {
      await this.db.plannedContacts.delete(id);
      await this.queue('plannedContacts', [id], 'delete');
    });
  }

  referenceItems() {
    return this.db.referenceItems.toArray();
  }

  saveReferenceItem(item: ReferenceItem) {
    return this.put('referenceItems', [item]);
  }

  async seedReferenceItems(defaults: ReferenceItem[]): Promise<void> {
    await this.db.transaction('rw', [this.db.referenceItems, this.db.outbox], async () => {
      const existing = await this.db.referenceItems.toArray();
      const filledLists = new Set(existing.map((i) => i.list));
      const missing = defaults.filter((d) => !filledLists.has(d.list));
      if (missing.length) await this.put('referenceItems', missing);
    });
  }

  members() {
    return this.db.members.toArray();
  }

  pendingOutboxCount() {
    return this.db.outbox.count();
  }
}
