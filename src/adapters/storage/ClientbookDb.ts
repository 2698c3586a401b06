import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import type { AuditEntry } from '../../domain/model/AuditEntry';
import type { Campaign } from '../../domain/model/Campaign';
import type { Client } from '../../domain/model/Client';
import type { Contact } from '../../domain/model/Contact';
import type { Deal } from '../../domain/model/Deal';
import type { HistoryEntry } from '../../domain/model/HistoryEntry';
import type { Invoice } from '../../domain/model/Invoice';
import type { LoggingSetting } from '../../domain/model/LoggingSettings';
import type { Mailing } from '../../domain/model/Mailing';
import type { MailingDocument } from '../../domain/model/MailingDocument';
import type { MailingRecipient } from '../../domain/model/MailingRecipient';
import type { Member } from '../../domain/model/Member';
import type { Payment } from '../../domain/model/Payment';
import type { PlannedContact } from '../../domain/model/PlannedContact';
import type { Product } from '../../domain/model/Product';
import type { ReferenceItem } from '../../domain/model/ReferenceItem';
import type { SavedQuery } from '../../domain/model/SavedQuery';
import type { ServiceCase } from '../../domain/model/ServiceCase';
import type { Template } from '../../domain/model/Template';
import type { ConflictEntry, SyncMeta, SyncRecord } from '../../sync/syncPorts';
import { analyticsChangeCounter, type AnalyticsChangesRow } from './analyticsChangeCounter';
import type { AnalyticsJournalRow } from './analyticsJournal';
import { fillClientLastContacts, fillDealLastContacts, lastContacts, type ClientLastContactRow, type DealLastContactRow, type LastContactsFromRow } from './lastContacts';
import { hideTeamItems, teamItems } from './teamItems';

export type SyncedTable =
  | 'clients'
  | 'contacts'
  | 'history'
  | 'plannedContacts'
  | 'referenceItems'
  | 'members'
  | 'products'
  | 'deals'
  | 'invoices'
  | 'payments'
  | 'campaigns'
  | 'serviceCases'
  | 'templates'
  | 'loggingSettings'
  | 'auditEntries'
  | 'savedQueries'
  | 'analyticsSettings';

/** A local write waiting to be pushed to the team store. The record itself is read at push time. */
export type OutboxEntry = {
  seq?: number;
  table: SyncedTable;
  key: string;
  op: 'upsert' | 'delete';
  at: string;
};

/**
 * What the team store and this pane last agreed about one record with local edits it has not
 * agreed to yet (its item, eTag and base version); a record without such edits holds its item and
 * eTag on its own row instead (teamItems.ts), and rows written before version 9 are read as well.
 * The base is stored as JSON: IndexedDB clones one string far faster than a record's object graph,
 * and only a merge reads it. Rows written before then hold it as an object; both are read.
 */
export type SyncMetaRow = Omit<SyncMeta, 'base'> & { table: SyncedTable; key: string; base: string | SyncRecord };

/**
 * Per synced list: where its delta feed continues, the change-beacon stamp last acted on, and, while
 * a write was sent to it and the beacon not touched yet, the mark of that write (beaconOwed).
 */
export type SyncListRow = { table: SyncedTable; deltaLink: string | null; beaconSeen: string | null; beaconOwed?: string };

/** A document's bytes, base64, apart from its record so listing documents stays light. */
export type DocumentContentRow = { id: string; contentBase64: string };

/** This mailbox's mailing settings (one row, key 'mailing'). */
export type MailingSettingsRow = { key: string; neverMailDomains: string[]; signature: string; phone: string };

/** The IndexedDB schema. Add a new version() for every change; never edit a shipped one. */
export class ClientbookDb extends Dexie {
  clients!: EntityTable<Client, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  plannedContacts!: EntityTable<PlannedContact, 'id'>;
  referenceItems!: EntityTable<ReferenceItem, 'id'>;
  members!: EntityTable<Member, 'id'>;
  products!: EntityTable<Product, 'id'>;
  deals!: EntityTable<Deal, 'id'>;
  invoices!: EntityTable<Invoice, 'id'>;
  payments!: EntityTable<Payment, 'id'>;
  campaigns!: EntityTable<Campaign, 'id'>;
  serviceCases!: EntityTable<ServiceCase, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  documents!: EntityTable<MailingDocument, 'id'>;
  documentContents!: EntityTable<DocumentContentRow, 'id'>;
  mailings!: EntityTable<Mailing, 'id'>;
  mailingRecipients!: EntityTable<MailingRecipient, 'id'>;
  mailingSettings!: EntityTable<MailingSettingsRow, 'key'>;
  loggingSettings!: EntityTable<LoggingSetting, 'id'>;
  auditEntries!: EntityTable<AuditEntry, 'id'>;
  savedQueries!: EntityTable<SavedQuery, 'id'>;
  analyticsSettings!: EntityTable<AnalyticsSettings, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  syncMeta!: Dexie.Table<SyncMetaRow, [SyncedTable, string]>;
  syncLists!: EntityTable<SyncListRow, 'table'>;
  syncConflicts!: EntityTable<ConflictEntry, 'id'>;
  analyticsChanges!: EntityTable<AnalyticsChangesRow, 'id'>;
  analyticsJournal!: Table<AnalyticsJournalRow, [number, number]>;
  clientLastContacts!: EntityTable<ClientLastContactRow, 'clientId'>;
  dealLastContacts!: EntityTable<DealLastContactRow, 'dealId'>;
  lastContactsFrom!: EntityTable<LastContactsFromRow, 'table'>;

  constructor(name = 'clientbook') {
    super(name);
    this.version(1).stores({
      clients: 'id, name, *domains, owner, status, updatedAt',
      contacts: 'id, clientId, *emails, name',
      history: 'id, clientId, [clientId+at], at',
      plannedContacts: 'id, clientId, [status+due]',
      referenceItems: 'id, list',
      members: 'id, &email',
      outbox: '++seq, [table+key]',
    });
    // Sync state for the team store (issue 3): nothing in version 1 changes.
    this.version(2).stores({
      syncMeta: '[table+key], [table+itemId]',
      syncLists: 'table',
      syncConflicts: 'id, at',
    });
    // Deals, money and after-sales (issue 4); history entries gain deal and service-case links.
    this.version(3).stores({
      history: 'id, clientId, [clientId+at], at, dealId, serviceCaseId',
      products: 'id, code, category',
      deals: 'id, clientId, status, stage, owner, campaignId',
      invoices: 'id, dealId, clientId, dueDate',
      payments: 'id, invoiceId, dealId, clientId, date',
      campaigns: 'id, name',
      serviceCases: 'id, clientId, status, severity',
    });
    // Mailings (issue 5): shared templates; local documents, mailing queues and settings.
    this.version(4).stores({
      templates: 'id, name',
      documents: 'id, name',
      documentContents: 'id',
      mailings: 'id, status, createdAt',
      mailingRecipients: 'id, [mailingId+state+seq], [mailingId+seq], sentAt',
      mailingSettings: 'key',
    });
    // Logging rules and privacy (issue 7): team and personal logging settings, the audit log of
    // erasures; history is found by conversation (whole threads) and by author (auto-log list).
    this.version(5).stores({
      history: 'id, clientId, [clientId+at], at, dealId, serviceCaseId, email.conversationId, author',
      loggingSettings: 'id',
      auditEntries: 'id, at',
    });
    // Analytics (issue 6): the team's saved queries and the head of sales' alarm limits and pay rules.
    this.version(6).stores({
      savedQueries: 'id, name',
      analyticsSettings: 'id',
    });
    // Analytics: a counter of the writes to the tables analytics read, bumped with each of them.
    this.version(7).stores({ analyticsChanges: 'id' });
    // Analytics: each client's latest history instant, kept with every history write (clientLastContacts).
    this.version(8)
      .stores({ clientLastContacts: 'clientId, historyId' })
      .upgrade((tx) => fillClientLastContacts(tx.idbtrans));
    // Team sync: each synced record holds its item in the team store on its own row (teamItems.ts),
    // found by item id when the team store reports the item deleted.
    this.version(9).stores({
      clients: 'id, name, *domains, owner, status, updatedAt, teamItem.itemId',
      contacts: 'id, clientId, *emails, name, teamItem.itemId',
      history: 'id, clientId, [clientId+at], at, dealId, serviceCaseId, email.conversationId, author, teamItem.itemId',
      plannedContacts: 'id, clientId, [status+due], teamItem.itemId',
      referenceItems: 'id, list, teamItem.itemId',
      members: 'id, &email, teamItem.itemId',
      products: 'id, code, category, teamItem.itemId',
      deals: 'id, clientId, status, stage, owner, campaignId, teamItem.itemId',
      invoices: 'id, dealId, clientId, dueDate, teamItem.itemId',
      payments: 'id, invoiceId, dealId, clientId, date, teamItem.itemId',
      campaigns: 'id, name, teamItem.itemId',
      serviceCases: 'id, clientId, status, severity, teamItem.itemId',
      templates: 'id, name, teamItem.itemId',
      loggingSettings: 'id, teamItem.itemId',
      auditEntries: 'id, at, teamItem.itemId',
      savedQueries: 'id, name, teamItem.itemId',
      analyticsSettings: 'id, teamItem.itemId',
    });
    // Analytics: each deal's latest history instant, kept like the clients' (lastContacts.ts); found by instant.
    this.version(10)
      .stores({ dealLastContacts: 'dealId, historyId, at', lastContactsFrom: 'table' })
      .upgrade((tx) => fillDealLastContacts(tx.idbtrans, new Date()));
    // Analytics: which records each counted write changed (analyticsJournal.ts).
    this.version(11).stores({ analyticsJournal: '[records+part]' });
    this.use(analyticsChangeCounter());
    this.use(lastContacts());
    this.use(teamItems());
    hideTeamItems(this);
  }
}
