import { liveQuery, type Table } from 'dexie';
import type { Client } from '../../domain/model/Client';
import type { Contact } from '../../domain/model/Contact';
import type { HistoryEntry } from '../../domain/model/HistoryEntry';
import type { PlannedContact } from '../../domain/model/PlannedContact';
import type { ReferenceItem } from '../../domain/model/ReferenceItem';
import type { ClientSearchHit, CrmStore, Live } from '../../domain/ports';
import { type ClientbookDb, type SyncedTable } from './ClientbookDb';

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

  saveClient(client: Client) {
    return this.put('clients', [client]);
  }

  async createClient(client: Client, contacts: Contact[]): Promise<void> {
    await this.db.transaction('rw', [this.db.clients, this.db.contacts, this.db.outbox], async () => {
      await this.put('clients', [client]);
      if (contacts.length) await this.put('contacts', contacts);
    });
  }

  async searchClients(text: string, limit: number): Promise<ClientSearchHit[]> {
    const q = text.trim().toLowerCase();
    const found = new Map<string, Client>();
    if (!q) {
      const recent = await this.db.clients.orderBy('updatedAt').reverse().limit(limit).toArray();
      recent.forEach((c) => found.set(c.id, c));
    } else {
      const byDomain = await this.db.clients.where('domains').startsWith(q.replace(/^@/, '')).limit(limit).toArray();
      byDomain.forEach((c) => found.set(c.id, c));
      if (q.includes('@') || found.size < limit) {
        const contacts = await this.db.contacts.where('emails').startsWith(q).limit(limit).toArray();
        (await this.clientsByIds(contacts.map((c) => c.clientId))).forEach((c) => found.set(c.id, c));
      }
      if (found.size < limit) {
        const byName = await this.db.clients
          .filter((c) => c.name.toLowerCase().includes(q))
          .limit(limit - found.size)
          .toArray();
        byName.forEach((c) => found.set(c.id, c));
      }
    }
    const clients = [...found.values()].slice(0, limit);
    const contacts = await this.db.contacts.where('clientId').anyOf(clients.map((c) => c.id)).toArray();
    return clients.map((client) => ({ client, contacts: contacts.filter((c) => c.clientId === client.id) }));
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

  saveContact(contact: Contact) {
    return this.put('contacts', [contact]);
  }

  async deleteContact(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.contacts, this.db.outbox], async () => {
      await this.db.contacts.delete(id);
      await this.queue('contacts', [id], 'delete');
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
