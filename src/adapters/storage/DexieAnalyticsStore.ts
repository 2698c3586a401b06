import type { AnalyticsData } from '../../domain/analytics/AnalyticsData';
import type { AnalyticsStore } from '../../domain/analyticsPorts';
import { ANALYTICS_SETTINGS_ID, type AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import type { ReferenceItem } from '../../domain/model/ReferenceItem';
import type { SavedQuery } from '../../domain/model/SavedQuery';
import type { RecordEdit } from '../../domain/ports';
import type { ClientbookDb } from './ClientbookDb';
import { putEdited } from './putEdited';

/** AnalyticsStore on Dexie: reads whole tables in one read transaction; saved queries and settings go through the outbox. */
export class DexieAnalyticsStore implements AnalyticsStore {
  constructor(private readonly db: ClientbookDb) {}

  snapshot(): Promise<AnalyticsData> {
    const db = this.db;
    return db.transaction('r', [db.clients, db.deals, db.invoices, db.payments, db.history, db.plannedContacts, db.campaigns, db.products, db.members, db.serviceCases, db.referenceItems], async () => {
      const [clients, deals, invoices, payments, history, plannedContacts, campaigns, products, members, serviceCases, dealStages] = await Promise.all([
        db.clients.toArray(),
        db.deals.toArray(),
        db.invoices.toArray(),
        db.payments.toArray(),
        db.history.toArray(),
        db.plannedContacts.toArray(),
        db.campaigns.toArray(),
        db.products.toArray(),
        db.members.toArray(),
        db.serviceCases.toArray(),
        this.dealStages(),
      ]);
      return { clients, deals, invoices, payments, history, plannedContacts, campaigns, products, members, serviceCases, dealStages };
    });
  }

  /** The team's deal stages, archived ones included (a small table, read whole with every read). */
  dealStages(): Promise<ReferenceItem[]> {
    return this.db.referenceItems.where('list').equals('dealStage').toArray();
  }

  async savedQueries(): Promise<SavedQuery[]> {
    return (await this.db.savedQueries.toArray()).sort((a, b) => a.name.localeCompare(b.name));
  }

  async saveQuery(query: SavedQuery): Promise<void> {
    await this.db.transaction('rw', [this.db.savedQueries, this.db.outbox], async () => {
      await this.db.savedQueries.put(query);
      await this.db.outbox.add({ table: 'savedQueries', key: query.id, op: 'upsert', at: new Date().toISOString() });
    });
  }

  async deleteQuery(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.savedQueries, this.db.outbox], async () => {
      await this.db.savedQueries.delete(id);
      await this.db.outbox.add({ table: 'savedQueries', key: id, op: 'delete', at: new Date().toISOString() });
    });
  }

  settings(): Promise<AnalyticsSettings | undefined> {
    return this.db.analyticsSettings.get(ANALYTICS_SETTINGS_ID);
  }

  saveSettings(settings: AnalyticsSettings, edit?: RecordEdit<AnalyticsSettings>): Promise<void> {
    return putEdited(this.db, 'analyticsSettings', settings, edit);
  }

  async seedSample(data: Partial<AnalyticsData>, settings?: AnalyticsSettings): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.clients, db.deals, db.invoices, db.payments, db.history, db.plannedContacts, db.campaigns, db.products, db.members, db.analyticsSettings], async () => {
      await Promise.all([
        settings && db.analyticsSettings.put(settings),
        db.clients.bulkPut(data.clients ?? []),
        db.deals.bulkPut(data.deals ?? []),
        db.invoices.bulkPut(data.invoices ?? []),
        db.payments.bulkPut(data.payments ?? []),
        db.history.bulkPut(data.history ?? []),
        db.plannedContacts.bulkPut(data.plannedContacts ?? []),
        db.campaigns.bulkPut(data.campaigns ?? []),
        db.products.bulkPut(data.products ?? []),
        db.members.bulkPut(data.members ?? []),
      ]);
    });
  }
}
