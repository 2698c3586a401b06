/**
 * Everything the analytics read, as plain arrays from the local store. The functions in this folder
 * are pure: they never read the clock (today comes in), never touch storage, and never sum floats.
 */
import type { Campaign } from '../model/Campaign';
import type { Client } from '../model/Client';
import type { Deal } from '../model/Deal';
import type { HistoryEntry } from '../model/HistoryEntry';
import type { Invoice } from '../model/Invoice';
import type { Member } from '../model/Member';
import type { Payment } from '../model/Payment';
import type { PlannedContact } from '../model/PlannedContact';
import type { Product } from '../model/Product';
import type { ReferenceItem } from '../model/ReferenceItem';
import type { ServiceCase } from '../model/ServiceCase';

export type AnalyticsData = {
  clients: Client[];
  deals: Deal[];
  invoices: Invoice[];
  payments: Payment[];
  history: HistoryEntry[];
  plannedContacts: PlannedContact[];
  campaigns: Campaign[];
  products: Product[];
  members: Member[];
  serviceCases: ServiceCase[];
  /** The team's deal stages (the 'dealStage' list, archived ones included): the pipeline's order. */
  dealStages: ReferenceItem[];
};

export function emptyAnalyticsData(): AnalyticsData {
  return { clients: [], deals: [], invoices: [], payments: [], history: [], plannedContacts: [], campaigns: [], products: [], members: [], serviceCases: [], dealStages: [] };
}
