import type { Table } from 'dexie';
import type { DealStore } from '../../domain/dealPorts';
import type { Campaign } from '../../domain/model/Campaign';
import type { Deal } from '../../domain/model/Deal';
import type { HistoryEntry } from '../../domain/model/HistoryEntry';
import type { Invoice } from '../../domain/model/Invoice';
import type { Payment } from '../../domain/model/Payment';
import type { Product } from '../../domain/model/Product';
import type { ReferenceItem, ReferenceList } from '../../domain/model/ReferenceItem';
import type { ServiceCase } from '../../domain/model/ServiceCase';
import type { RecordEdit } from '../../domain/ports';
import { reassignReference, referenceUseCount, tablesUsing, type ReferencedRecords } from '../../domain/rules/reassignReference';
import type { ClientbookDb, SyncedTable } from './ClientbookDb';
import { putEdited } from './putEdited';

const byNewest = (a: HistoryEntry, b: HistoryEntry) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);
const byCreated = <T extends { createdAt: string }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt);

/** DealStore on Dexie: like DexieCrmStore, each write and its outbox entry share one transaction. */
export class DexieDealStore implements DealStore {
  constructor(private readonly db: ClientbookDb) {}

  private table(name: SyncedTable): Table {
    return this.db.table(name);
  }

  private async put(name: SyncedTable, records: { id: string }[]): Promise<void> {
    if (!records.length) return;
    await this.db.transaction('rw', [this.table(name), this.db.outbox], async () => {
      await this.table(name).bulkPut(records);
      const at = new Date().toISOString();
      await this.db.outbox.bulkAdd(records.map((r) => ({ table: name, key: r.id, op: 'upsert' as const, at })));
    });
  }

  products() {
    return this.db.products.toArray().then((rows) => rows.sort((a, b) => a.name.localeCompare(b.name)));
  }

  getProduct(id: string) {
    return this.db.products.get(id);
  }

  saveProduct(product: Product, edit?: RecordEdit<Product>) {
    return putEdited(this.db, 'products', product, edit);
  }

  async deals(): Promise<Deal[]> {
    return (await this.db.deals.toArray()).sort(byCreated);
  }

  async dealsOf(clientId: string): Promise<Deal[]> {
    return (await this.db.deals.where('clientId').equals(clientId).toArray()).sort(byCreated);
  }

  getDeal(id: string) {
    return this.db.deals.get(id);
  }

  saveDeal(deal: Deal, edit?: RecordEdit<Deal>) {
    return putEdited(this.db, 'deals', deal, edit);
  }

  async deleteDeal(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.deals, this.db.invoices, this.db.outbox], async () => {
      const receipts = await this.db.invoices.where('dealId').equals(id).primaryKeys();
      await this.db.invoices.bulkDelete(receipts);
      await this.db.deals.delete(id);
      const at = new Date().toISOString();
      await this.db.outbox.bulkAdd([...receipts.map((key) => ({ table: 'invoices' as const, key, op: 'delete' as const, at })), { table: 'deals', key: id, op: 'delete', at }]);
    });
  }

  invoicesOfDeal(dealId: string) {
    return this.db.invoices.where('dealId').equals(dealId).sortBy('dueDate');
  }

  invoicesOfClient(clientId: string) {
    return this.db.invoices.where('clientId').equals(clientId).sortBy('dueDate');
  }

  getInvoice(id: string) {
    return this.db.invoices.get(id);
  }

  saveInvoice(invoice: Invoice, edit?: RecordEdit<Invoice>) {
    return putEdited(this.db, 'invoices', invoice, edit);
  }

  paymentsOfInvoice(invoiceId: string) {
    return this.db.payments.where('invoiceId').equals(invoiceId).sortBy('date');
  }

  paymentsOfDeal(dealId: string) {
    return this.db.payments.where('dealId').equals(dealId).sortBy('date');
  }

  paymentsOfClient(clientId: string) {
    return this.db.payments.where('clientId').equals(clientId).sortBy('date');
  }

  savePayment(payment: Payment, edit?: RecordEdit<Payment>) {
    return putEdited(this.db, 'payments', payment, edit);
  }

  getPayment(id: string) {
    return this.db.payments.get(id);
  }

  deletePayment(id: string) {
    return this.remove('payments', id);
  }

  deleteInvoice(id: string) {
    return this.remove('invoices', id);
  }

  private async remove(name: SyncedTable, id: string): Promise<void> {
    await this.db.transaction('rw', [this.table(name), this.db.outbox], async () => {
      await this.table(name).delete(id);
      await this.db.outbox.add({ table: name, key: id, op: 'delete', at: new Date().toISOString() });
    });
  }

  async campaigns(): Promise<Campaign[]> {
    return (await this.db.campaigns.toArray()).sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
  }

  getCampaign(id: string) {
    return this.db.campaigns.get(id);
  }

  saveCampaign(campaign: Campaign, edit?: RecordEdit<Campaign>) {
    return putEdited(this.db, 'campaigns', campaign, edit);
  }

  async serviceCasesOf(clientId: string): Promise<ServiceCase[]> {
    return (await this.db.serviceCases.where('clientId').equals(clientId).toArray()).sort((a, b) => b.openedOn.localeCompare(a.openedOn) || byCreated(b, a));
  }

  getServiceCase(id: string) {
    return this.db.serviceCases.get(id);
  }

  saveServiceCase(serviceCase: ServiceCase, edit?: RecordEdit<ServiceCase>) {
    return putEdited(this.db, 'serviceCases', serviceCase, edit);
  }

  async historyOfDeal(dealId: string): Promise<HistoryEntry[]> {
    return (await this.db.history.where('dealId').equals(dealId).toArray()).sort(byNewest);
  }

  async historyOfServiceCase(serviceCaseId: string): Promise<HistoryEntry[]> {
    return (await this.db.history.where('serviceCaseId').equals(serviceCaseId).toArray()).sort(byNewest);
  }

  private async recordsFor(list: ReferenceList): Promise<Partial<ReferencedRecords>> {
    const out: { [K in keyof ReferencedRecords]?: unknown[] } = {};
    for (const table of tablesUsing(list)) out[table] = await this.table(table).toArray();
    return out as Partial<ReferencedRecords>;
  }

  async referenceUseCount(list: ReferenceList, code: string): Promise<number> {
    const tables = tablesUsing(list).map((t) => this.table(t));
    return this.db.transaction('r', tables, async () => referenceUseCount(await this.recordsFor(list), list, code));
  }

  async replaceReference(list: ReferenceList, from: string, to: string, retired: ReferenceItem): Promise<number> {
    const tables = tablesUsing(list).map((t) => this.table(t));
    return this.db.transaction('rw', [...tables, this.db.referenceItems, this.db.outbox], async () => {
      const changed = reassignReference(await this.recordsFor(list), list, from, to, retired.updatedAt);
      let moved = 0;
      for (const table of tablesUsing(list)) {
        const rows = changed[table] as { id: string }[];
        moved += rows.length;
        await this.put(table, rows);
      }
      await this.put('referenceItems', [retired]);
      return moved;
    });
  }
}
