/**
 * The local store of deals and everything around them: the product catalogue, planned receipts
 * and payments, campaigns and service cases. Like CrmStore, every write lands in IndexedDB and in
 * the outbox in one transaction, and reads are local.
 */
import type { Campaign } from './model/Campaign';
import type { Deal } from './model/Deal';
import type { HistoryEntry } from './model/HistoryEntry';
import type { Invoice } from './model/Invoice';
import type { Payment } from './model/Payment';
import type { Product } from './model/Product';
import type { ReferenceItem, ReferenceList } from './model/ReferenceItem';
import type { ServiceCase } from './model/ServiceCase';
import type { RecordEdit } from './ports';

export interface DealStore {
  products(): Promise<Product[]>;
  getProduct(id: string): Promise<Product | undefined>;
  saveProduct(product: Product, edit?: RecordEdit<Product>): Promise<void>;

  deals(): Promise<Deal[]>;
  dealsOf(clientId: string): Promise<Deal[]>;
  getDeal(id: string): Promise<Deal | undefined>;
  saveDeal(deal: Deal, edit?: RecordEdit<Deal>): Promise<void>;
  /**
   * Removes a deal with its planned receipts, each deletion queued for sync, in one transaction.
   * Payments are not touched: the caller refuses a deal that has any.
   */
  deleteDeal(id: string): Promise<void>;

  invoicesOfDeal(dealId: string): Promise<Invoice[]>;
  invoicesOfClient(clientId: string): Promise<Invoice[]>;
  getInvoice(id: string): Promise<Invoice | undefined>;
  saveInvoice(invoice: Invoice, edit?: RecordEdit<Invoice>): Promise<void>;

  paymentsOfInvoice(invoiceId: string): Promise<Payment[]>;
  paymentsOfDeal(dealId: string): Promise<Payment[]>;
  paymentsOfClient(clientId: string): Promise<Payment[]>;
  savePayment(payment: Payment, edit?: RecordEdit<Payment>): Promise<void>;
  /** Removes a payment entered by mistake (the deletion is queued for sync like any write). */
  deletePayment(id: string): Promise<void>;
  getPayment(id: string): Promise<Payment | undefined>;
  /** Removes a planned receipt that has no payments. */
  deleteInvoice(id: string): Promise<void>;

  campaigns(): Promise<Campaign[]>;
  getCampaign(id: string): Promise<Campaign | undefined>;
  saveCampaign(campaign: Campaign, edit?: RecordEdit<Campaign>): Promise<void>;

  serviceCasesOf(clientId: string): Promise<ServiceCase[]>;
  getServiceCase(id: string): Promise<ServiceCase | undefined>;
  saveServiceCase(serviceCase: ServiceCase, edit?: RecordEdit<ServiceCase>): Promise<void>;

  /** History entries linked to a deal / a service case. */
  historyOfDeal(dealId: string): Promise<HistoryEntry[]>;
  historyOfServiceCase(serviceCaseId: string): Promise<HistoryEntry[]>;

  /** How many records hold the picklist value. */
  referenceUseCount(list: ReferenceList, code: string): Promise<number>;
  /**
   * Moves every record holding `from` to `to` and saves the retired item (archived), all in one
   * transaction with their outbox entries. Returns how many records moved.
   */
  replaceReference(list: ReferenceList, from: string, to: string, retired: ReferenceItem): Promise<number>;
}
