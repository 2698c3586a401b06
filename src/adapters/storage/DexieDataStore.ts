import type { Table } from 'dexie';
import type { DataStore, Erasure, ExportTable, FreeTextRecords } from '../../domain/dataPorts';
import type { AuditEntry } from '../../domain/model/AuditEntry';
import type { Client } from '../../domain/model/Client';
import type { Contact } from '../../domain/model/Contact';
import type { HistoryEntry } from '../../domain/model/HistoryEntry';
import type { MailingRecipient } from '../../domain/model/MailingRecipient';
import { TEAM_LOGGING_POLICY_ID, userLoggingPrefsId, type LoggingSetting, type TeamLoggingPolicy, type UserLoggingPrefs } from '../../domain/model/LoggingSettings';
import type { RecordEdit } from '../../domain/ports';
import type { ClientbookDb, SyncedTable } from './ClientbookDb';
import { putEdited } from './putEdited';
import { storeWriteError } from './storeWriteError';

const byNewestCreated = (a: { createdAt: string }, b: { createdAt: string }) => b.createdAt.localeCompare(a.createdAt);

/** DataStore on Dexie: like DexieCrmStore, each write and its outbox entries share one transaction. */
export class DexieDataStore implements DataStore {
  constructor(private readonly db: ClientbookDb) {}

  private table(name: SyncedTable): Table {
    return this.db.table(name);
  }

  private async queue(name: SyncedTable, keys: string[], op: 'upsert' | 'delete'): Promise<void> {
    if (!keys.length) return;
    const at = new Date().toISOString();
    await this.db.outbox.bulkAdd(keys.map((key) => ({ table: name, key, op, at })));
  }

  private async put(name: SyncedTable, records: { id: string }[]): Promise<void> {
    if (!records.length) return;
    await this.db.transaction('rw', [this.table(name), this.db.outbox], async () => {
      await this.table(name).bulkPut(records);
      await this.queue(name, records.map((r) => r.id), 'upsert');
    });
  }

  private async remove(name: SyncedTable, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.db.transaction('rw', [this.table(name), this.db.outbox], async () => {
      await this.table(name).bulkDelete(ids);
      await this.queue(name, ids, 'delete');
    });
  }

  async teamLoggingPolicy(): Promise<TeamLoggingPolicy | undefined> {
    const row = await this.db.loggingSettings.get(TEAM_LOGGING_POLICY_ID);
    return row?.kind === 'team' ? row : undefined;
  }

  async userLoggingPrefs(member: string): Promise<UserLoggingPrefs | undefined> {
    const row = await this.db.loggingSettings.get(userLoggingPrefsId(member));
    return row?.kind === 'user' ? row : undefined;
  }

  saveLoggingSetting(setting: LoggingSetting, edit?: RecordEdit<LoggingSetting>) {
    return putEdited(this.db, 'loggingSettings', setting, edit);
  }

  async autoLoggedBy(author: string, limit: number): Promise<HistoryEntry[]> {
    const mine = await this.db.history.where('author').equals(author.toLowerCase()).filter((h) => h.autoLogged === true).toArray();
    return mine.sort(byNewestCreated).slice(0, limit);
  }

  historyOfConversation(conversationId: string) {
    return this.db.history.where('email.conversationId').equals(conversationId).toArray();
  }

  deleteHistoryEntry(id: string) {
    return this.remove('history', [id]);
  }

  allClients() {
    return this.db.clients.toArray();
  }

  allContacts() {
    return this.db.contacts.toArray();
  }

  allOf(table: ExportTable): Promise<{ id: string }[]> {
    return this.db.table(table).toArray();
  }

  async importChunk(clients: Client[], contacts: Contact[]): Promise<void> {
    try {
      await this.db.transaction('rw', [this.db.clients, this.db.contacts, this.db.outbox], async () => {
        await this.put('clients', clients);
        await this.put('contacts', contacts);
      });
    } catch (error) {
      throw storeWriteError(error);
    }
  }

  async historyAbout(contactIds: readonly string[], address: string): Promise<HistoryEntry[]> {
    const ids = new Set(contactIds);
    const needle = address.toLowerCase();
    const involves = (h: HistoryEntry) =>
      h.contactIds.some((id) => ids.has(id)) ||
      (h.email !== null && [h.email.from, ...h.email.to, ...h.email.cc].some((p) => p?.email.toLowerCase() === needle)) ||
      // Free text that names the address (a forwarded signature, a note) is theirs too.
      `${h.subject}\n${h.text}\n${h.outcome}`.toLowerCase().includes(needle);
    return this.db.history.filter(involves).toArray();
  }

  async recordsMentioning(test: (text: string) => boolean): Promise<FreeTextRecords> {
    const db = this.db;
    const matching = <T, I>(table: Table<T, string, I>) => table.filter((record) => anyText(record, test)).toArray();
    const [history, clients, plannedContacts, deals, serviceCases, invoices, payments, campaigns] = await Promise.all([
      matching(db.history),
      matching(db.clients),
      matching(db.plannedContacts),
      matching(db.deals),
      matching(db.serviceCases),
      matching(db.invoices),
      matching(db.payments),
      matching(db.campaigns),
    ]);
    return { history, clients, plannedContacts, deals, serviceCases, invoices, payments, campaigns };
  }

  mailingRecipientsAbout(contactIds: readonly string[], address: string): Promise<MailingRecipient[]> {
    const ids = new Set(contactIds);
    const needle = address.toLowerCase();
    return this.db.mailingRecipients.filter((r) => ids.has(r.contactId) || r.email.toLowerCase() === needle).toArray();
  }

  async erase(erasure: Erasure): Promise<void> {
    const { plannedContacts, deals, serviceCases, invoices, payments, campaigns } = erasure.rewritten;
    const db = this.db;
    const tables = [db.clients, db.contacts, db.history, db.auditEntries, db.mailingRecipients, db.plannedContacts, db.deals, db.serviceCases, db.invoices, db.payments, db.campaigns, db.outbox];
    await this.db.transaction('rw', tables, async () => {
      // Mailing queues are local to this pane (not synced): the person's name and address go, the row stays for the mailing's counts.
      const recipients = await this.mailingRecipientsAbout(erasure.deleteContactIds, erasure.address);
      await this.db.mailingRecipients.bulkPut(recipients.map((r) => ({ ...r, name: '', email: '', state: r.state === 'queued' ? ('cancelled' as const) : r.state })));
      await this.remove('contacts', erasure.deleteContactIds);
      await this.remove('clients', erasure.deleteClientIds);
      await this.put('history', erasure.redactedHistory);
      await this.put('clients', erasure.updatedClients);
      await this.put('plannedContacts', plannedContacts);
      await this.put('deals', deals);
      await this.put('serviceCases', serviceCases);
      await this.put('invoices', invoices);
      await this.put('payments', payments);
      await this.put('campaigns', campaigns);
      await this.put('auditEntries', [erasure.audit]);
    });
  }

  async auditEntries(): Promise<AuditEntry[]> {
    return (await this.db.auditEntries.toArray()).sort((a, b) => b.at.localeCompare(a.at));
  }
}

/** Whether any string in the record, at any depth (notes of stage changes, attachment names), passes the test. */
function anyText(value: unknown, test: (text: string) => boolean): boolean {
  if (typeof value === 'string') return test(value);
  if (Array.isArray(value)) return value.some((v) => anyText(v, test));
  if (value && typeof value === 'object') return Object.values(value).some((v) => anyText(v, test));
  return false;
}
