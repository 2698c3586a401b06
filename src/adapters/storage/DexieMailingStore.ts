import Dexie from 'dexie';
import { emptyAnalyticsData, type AnalyticsData } from '../../domain/analytics/AnalyticsData';
import type { QueryRecordKind } from '../../domain/analytics/query/Query';
import type { MailingSettings, MailingStore } from '../../domain/mailingPorts';
import type { Mailing } from '../../domain/model/Mailing';
import type { MailingRecipient } from '../../domain/model/MailingRecipient';
import type { Template } from '../../domain/model/Template';
import type { ClientbookDb } from './ClientbookDb';

const SETTINGS_KEY = 'mailing';
const defaultSettings: MailingSettings = { neverMailDomains: [], signature: '', phone: '' };

/**
 * MailingStore on Dexie. Templates are shared records: each write and its outbox entry go in one
 * transaction. Mailing queues and settings belong to this mailbox and stay local.
 */
export class DexieMailingStore implements MailingStore {
  constructor(private readonly db: ClientbookDb) {}

  async templates(): Promise<Template[]> {
    return (await this.db.templates.toArray()).sort((a, b) => a.name.localeCompare(b.name));
  }

  getTemplate(id: string) {
    return this.db.templates.get(id);
  }

  async saveTemplate(template: Template): Promise<void> {
    await this.db.transaction('rw', [this.db.templates, this.db.outbox], async () => {
      await this.db.templates.put(template);
      await this.db.outbox.add({ table: 'templates', key: template.id, op: 'upsert', at: template.updatedAt });
    });
  }

  async deleteTemplate(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.templates, this.db.outbox], async () => {
      await this.db.templates.delete(id);
      await this.db.outbox.add({ table: 'templates', key: id, op: 'delete', at: new Date().toISOString() });
    });
  }

  async mailings(): Promise<Mailing[]> {
    return (await this.db.mailings.toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  getMailing(id: string) {
    return this.db.mailings.get(id);
  }

  async saveMailing(mailing: Mailing): Promise<void> {
    await this.db.mailings.put(mailing);
  }

  async createMailing(mailing: Mailing, recipients: MailingRecipient[]): Promise<void> {
    await this.db.transaction('rw', [this.db.mailings, this.db.mailingRecipients], async () => {
      await this.db.mailings.add(mailing);
      await this.db.mailingRecipients.bulkAdd(recipients);
    });
  }

  recipientsOf(mailingId: string): Promise<MailingRecipient[]> {
    return this.db.mailingRecipients.where('[mailingId+seq]').between([mailingId, Dexie.minKey], [mailingId, Dexie.maxKey]).toArray();
  }

  async saveRecipients(recipients: MailingRecipient[]): Promise<void> {
    await this.db.mailingRecipients.bulkPut(recipients);
  }

  nextQueued(mailingId: string): Promise<MailingRecipient | undefined> {
    return this.db.mailingRecipients
      .where('[mailingId+state+seq]')
      .between([mailingId, 'queued', Dexie.minKey], [mailingId, 'queued', Dexie.maxKey])
      .first();
  }

  async sentSince(sinceIso: string): Promise<string[]> {
    // sentAt is '' until a message is sent, which sorts below every instant.
    return (await this.db.mailingRecipients.where('sentAt').above(sinceIso).toArray()).map((r) => r.sentAt);
  }

  async audienceRecords() {
    return this.db.transaction('r', [this.db.clients, this.db.contacts], async () => ({
      clients: await this.db.clients.toArray(),
      contacts: await this.db.contacts.toArray(),
    }));
  }

  queryRecords(kind: QueryRecordKind): Promise<AnalyticsData> {
    const { db } = this;
    const own = { clients: [], deals: [db.deals], history: [db.history], payments: [db.deals, db.payments], cases: [db.serviceCases] }[kind];
    return db.transaction('r', [db.clients, ...own], async () => {
      const [clients, deals, history, payments, serviceCases] = await Promise.all([
        db.clients.toArray(),
        kind === 'deals' || kind === 'payments' ? db.deals.toArray() : [],
        kind === 'history' ? db.history.toArray() : [],
        kind === 'payments' ? db.payments.toArray() : [],
        kind === 'cases' ? db.serviceCases.toArray() : [],
      ]);
      return { ...emptyAnalyticsData(), clients, deals, history, payments, serviceCases };
    });
  }

  async settings(): Promise<MailingSettings> {
    const row = await this.db.mailingSettings.get(SETTINGS_KEY);
    return row ? { neverMailDomains: row.neverMailDomains, signature: row.signature, phone: row.phone } : { ...defaultSettings };
  }

  async saveSettings(settings: MailingSettings): Promise<void> {
    await this.db.mailingSettings.put({ key: SETTINGS_KEY, ...settings });
  }
}
