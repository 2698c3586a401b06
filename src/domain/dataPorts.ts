/**
 * The store's side of privacy and of the data a team brings and takes: logging settings, the
 * audit log, bulk import, whole-store reads for export, and erasing one person. Every write goes
 * through the outbox in the same transaction, like CrmStore's.
 */
import type { AuditEntry } from './model/AuditEntry';
import type { Campaign } from './model/Campaign';
import type { Client } from './model/Client';
import type { Contact } from './model/Contact';
import type { Deal } from './model/Deal';
import type { HistoryEntry } from './model/HistoryEntry';
import type { Invoice } from './model/Invoice';
import type { LoggingSetting, TeamLoggingPolicy, UserLoggingPrefs } from './model/LoggingSettings';
import type { MailingRecipient } from './model/MailingRecipient';
import type { Payment } from './model/Payment';
import type { PlannedContact } from './model/PlannedContact';
import type { ServiceCase } from './model/ServiceCase';
import type { RecordEdit } from './ports';

/** Records with free text (subjects, notes, texts) by table: where erasure looks for a person's name, addresses and phones. */
export type FreeTextRecords = {
  history: HistoryEntry[];
  clients: Client[];
  plannedContacts: PlannedContact[];
  deals: Deal[];
  serviceCases: ServiceCase[];
  invoices: Invoice[];
  payments: Payment[];
  campaigns: Campaign[];
};

/** What erasing one person changes, in one transaction. */
export type Erasure = {
  /** The erased address: mailing queues hold it beside the contact id. */
  address: string;
  deleteContactIds: string[];
  deleteClientIds: string[];
  /** History entries rewritten without the person's data (they keep their id, date, type and client). */
  redactedHistory: HistoryEntry[];
  /** Clients rewritten without the person's contact data. */
  updatedClients: Client[];
  /** Other records whose free text named the person, rewritten without it. */
  rewritten: Omit<FreeTextRecords, 'history' | 'clients'>;
  audit: AuditEntry;
};

export interface DataStore {
  teamLoggingPolicy(): Promise<TeamLoggingPolicy | undefined>;
  userLoggingPrefs(member: string): Promise<UserLoggingPrefs | undefined>;
  saveLoggingSetting(setting: LoggingSetting, edit?: RecordEdit<LoggingSetting>): Promise<void>;

  /** Entries the author's auto-log wrote, newest first. */
  autoLoggedBy(author: string, limit: number): Promise<HistoryEntry[]>;
  /** History entries of the given conversations (logged emails), any client. */
  historyOfConversation(conversationId: string): Promise<HistoryEntry[]>;
  deleteHistoryEntry(id: string): Promise<void>;

  allClients(): Promise<Client[]>;
  allContacts(): Promise<Contact[]>;
  /** Every record of a table, for export; unknown tables give []. */
  allOf(table: ExportTable): Promise<{ id: string }[]>;
  /** Writes one chunk of an import: new and merged clients and contacts, in one transaction; a failure rejects with StoreWriteError. */
  importChunk(clients: Client[], contacts: Contact[]): Promise<void>;

  /** History entries linked to one of the contacts, with the address among their participants, or naming it in their text. */
  historyAbout(contactIds: readonly string[], address: string): Promise<HistoryEntry[]>;
  /** Records of the free-text tables in which some text (at any depth of the record) passes the test. */
  recordsMentioning(test: (text: string) => boolean): Promise<FreeTextRecords>;
  /** Mailing messages queued or sent to one of the contacts or to the address. */
  mailingRecipientsAbout(contactIds: readonly string[], address: string): Promise<MailingRecipient[]>;
  /** Deletes, redacts and anonymises as the erasure says, blanks the person in mailing queues (a queued message is cancelled), and records the audit entry. */
  erase(erasure: Erasure): Promise<void>;
  auditEntries(): Promise<AuditEntry[]>;
}

export const exportTables = ['clients', 'contacts', 'deals', 'history', 'invoices', 'payments'] as const;
export type ExportTable = (typeof exportTables)[number];
