/** The SharePoint list of every synced entity; later entities join through the same definition. */
import type { AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import type { AuditEntry } from '../../domain/model/AuditEntry';
import type { Campaign } from '../../domain/model/Campaign';
import type { Client } from '../../domain/model/Client';
import { clientStatuses, mailingConsents } from '../../domain/model/Client';
import type { Contact } from '../../domain/model/Contact';
import { departments } from '../../domain/model/Department';
import type { Deal } from '../../domain/model/Deal';
import { dealStatuses } from '../../domain/model/Deal';
import type { HistoryEntry } from '../../domain/model/HistoryEntry';
import type { Invoice } from '../../domain/model/Invoice';
import type { LoggingSetting } from '../../domain/model/LoggingSettings';
import { storedParts } from '../../domain/model/LoggingSettings';
import type { Member } from '../../domain/model/Member';
import { roles } from '../../domain/model/Member';
import type { Payment } from '../../domain/model/Payment';
import type { PlannedContact } from '../../domain/model/PlannedContact';
import type { Product } from '../../domain/model/Product';
import type { ReferenceItem } from '../../domain/model/ReferenceItem';
import type { SavedQuery } from '../../domain/model/SavedQuery';
import { referenceLists } from '../../domain/model/ReferenceItem';
import type { ServiceCase } from '../../domain/model/ServiceCase';
import type { Template } from '../../domain/model/Template';
import { serviceCaseStatuses } from '../../domain/model/ServiceCase';
import type { SyncTable } from '../../sync/syncPorts';
import { defineEntityList, type EntityList } from './EntityList';

const clients = defineEntityList<Client & { [k: string]: unknown }>('clients', 'Clientbook Clients', (c) => c.name, [
  { name: 'clientStatus', displayName: 'Status', type: 'choice', choices: clientStatuses, value: (c) => c.status },
  { name: 'domains', displayName: 'Domains', type: 'text', indexed: true, value: (c) => c.domains },
  { name: 'owner', displayName: 'Owner', type: 'text', indexed: true, value: (c) => c.owner },
  { name: 'region', displayName: 'Region', type: 'text', value: (c) => c.region },
  { name: 'industry', displayName: 'Industry', type: 'text', value: (c) => c.industry },
  { name: 'leadSource', displayName: 'Lead source', type: 'text', value: (c) => c.leadSource },
  { name: 'phone', displayName: 'Phone', type: 'text', value: (c) => c.phone },
  { name: 'website', displayName: 'Website', type: 'text', value: (c) => c.website },
  { name: 'city', displayName: 'City', type: 'text', value: (c) => c.address.city },
  { name: 'country', displayName: 'Country', type: 'text', value: (c) => c.address.country },
  { name: 'purchaseProbability', displayName: 'Purchase probability', type: 'number', value: (c) => c.purchaseProbability?.value },
  { name: 'mailingConsent', displayName: 'Mailing consent', type: 'choice', choices: mailingConsents, value: (c) => c.mailingConsent },
]);

const contacts = defineEntityList<Contact & { [k: string]: unknown }>('contacts', 'Clientbook Contacts', (c) => c.name, [
  { name: 'clientId', displayName: 'Client id', type: 'text', indexed: true, value: (c) => c.clientId },
  { name: 'emails', displayName: 'Emails', type: 'text', indexed: true, value: (c) => c.emails },
  { name: 'phones', displayName: 'Phones', type: 'text', value: (c) => c.phones },
  { name: 'position', displayName: 'Position', type: 'text', value: (c) => c.position },
]);

const history = defineEntityList<HistoryEntry & { [k: string]: unknown }>('history', 'Clientbook History', (h) => h.subject, [
  { name: 'clientId', displayName: 'Client id', type: 'text', indexed: true, value: (h) => h.clientId },
  { name: 'historyType', displayName: 'Type', type: 'text', value: (h) => h.type },
  { name: 'department', displayName: 'Department', type: 'choice', choices: departments, value: (h) => h.department },
  { name: 'authorEmail', displayName: 'Author', type: 'text', indexed: true, value: (h) => h.author },
  { name: 'happenedAt', displayName: 'When', type: 'dateTime', indexed: true, value: (h) => h.at },
  { name: 'contactIds', displayName: 'Contact ids', type: 'text', value: (h) => h.contactIds },
  { name: 'internetMessageId', displayName: 'Message id', type: 'text', value: (h) => h.email?.internetMessageId },
  { name: 'outcome', displayName: 'Outcome', type: 'note', value: (h) => h.outcome },
  { name: 'dealId', displayName: 'Deal id', type: 'text', value: (h) => h.dealId },
  { name: 'serviceCaseId', displayName: 'Service case id', type: 'text', value: (h) => h.serviceCaseId },
  { name: 'surveyScore', displayName: 'Survey score (0–10)', type: 'number', value: (h) => h.surveyScore },
]);

const plannedContacts = defineEntityList<PlannedContact & { [k: string]: unknown }>('plannedContacts', 'Clientbook Next contacts', (p) => p.note || p.kind, [
  { name: 'clientId', displayName: 'Client id', type: 'text', indexed: true, value: (p) => p.clientId },
  { name: 'dueDate', displayName: 'Due', type: 'dateTime', indexed: true, value: (p) => p.due },
  { name: 'contactKind', displayName: 'Kind', type: 'text', value: (p) => p.kind },
  { name: 'owner', displayName: 'Owner', type: 'text', indexed: true, value: (p) => p.owner },
  { name: 'planStatus', displayName: 'Status', type: 'choice', choices: ['open', 'done'], value: (p) => p.status },
  { name: 'doneAt', displayName: 'Done at', type: 'dateTime', value: (p) => p.doneAt },
]);

const referenceItems = defineEntityList<ReferenceItem & { [k: string]: unknown }>('referenceItems', 'Clientbook Reference data', (r) => r.code, [
  { name: 'referenceList', displayName: 'List', type: 'choice', choices: referenceLists, indexed: true, value: (r) => r.list },
  { name: 'labelEn', displayName: 'Label (English)', type: 'text', value: (r) => r.labels.en },
  { name: 'labelUk', displayName: 'Label (Ukrainian)', type: 'text', value: (r) => r.labels.uk },
  { name: 'sortOrder', displayName: 'Order', type: 'number', value: (r) => r.order },
  { name: 'archived', displayName: 'Archived', type: 'boolean', value: (r) => r.archived },
]);

const members = defineEntityList<Member & { [k: string]: unknown }>('members', 'Clientbook Team members', (m) => m.name, [
  { name: 'email', displayName: 'Email', type: 'text', indexed: true, value: (m) => m.email },
  { name: 'memberRole', displayName: 'Role', type: 'choice', choices: roles, value: (m) => m.role },
]);

// Money columns hold minor units (integers), as the records do: no float rounding in reports.
const products = defineEntityList<Product & { [k: string]: unknown }>('products', 'Clientbook Products', (p) => p.name, [
  { name: 'productCode', displayName: 'Code', type: 'text', indexed: true, value: (p) => p.code },
  { name: 'category', displayName: 'Category', type: 'text', value: (p) => p.category },
  { name: 'unitPriceMinor', displayName: 'Unit price (minor units)', type: 'number', value: (p) => p.unitPriceMinor },
  { name: 'currency', displayName: 'Currency', type: 'text', value: (p) => p.currency },
  { name: 'archived', displayName: 'Archived', type: 'boolean', value: (p) => p.archived },
]);

const deals = defineEntityList<Deal & { [k: string]: unknown }>('deals', 'Clientbook Deals', (d) => d.title, [
  { name: 'clientId', displayName: 'Client id', type: 'text', indexed: true, value: (d) => d.clientId },
  { name: 'amountMinor', displayName: 'Amount (minor units)', type: 'number', value: (d) => d.amountMinor },
  { name: 'currency', displayName: 'Currency', type: 'text', value: (d) => d.currency },
  { name: 'owner', displayName: 'Owner', type: 'text', indexed: true, value: (d) => d.owner },
  { name: 'stage', displayName: 'Stage', type: 'text', value: (d) => d.stage },
  { name: 'probability', displayName: 'Probability', type: 'number', value: (d) => d.probability },
  { name: 'expectedCloseDate', displayName: 'Expected close', type: 'dateTime', value: (d) => d.expectedCloseDate },
  { name: 'salesChannel', displayName: 'Sales channel', type: 'text', value: (d) => d.salesChannel },
  { name: 'campaignId', displayName: 'Campaign id', type: 'text', value: (d) => d.campaignId },
  { name: 'dealStatus', displayName: 'Status', type: 'choice', choices: dealStatuses, value: (d) => d.status },
  { name: 'closedAt', displayName: 'Closed at', type: 'dateTime', value: (d) => d.closedAt },
  { name: 'refusalReason', displayName: 'Refusal reason', type: 'text', value: (d) => d.refusal?.reason },
  { name: 'refusalStage', displayName: 'Refusal stage', type: 'text', value: (d) => d.refusal?.stage },
]);

const invoices = defineEntityList<Invoice & { [k: string]: unknown }>('invoices', 'Clientbook Planned receipts', (i) => i.number, [
  { name: 'dealId', displayName: 'Deal id', type: 'text', indexed: true, value: (i) => i.dealId },
  { name: 'clientId', displayName: 'Client id', type: 'text', indexed: true, value: (i) => i.clientId },
  { name: 'amountMinor', displayName: 'Amount (minor units)', type: 'number', value: (i) => i.amountMinor },
  { name: 'currency', displayName: 'Currency', type: 'text', value: (i) => i.currency },
  { name: 'issueDate', displayName: 'Issued', type: 'dateTime', value: (i) => i.issueDate },
  { name: 'dueDate', displayName: 'Due', type: 'dateTime', indexed: true, value: (i) => i.dueDate },
]);

const payments = defineEntityList<Payment & { [k: string]: unknown }>('payments', 'Clientbook Payments', (p) => p.note || p.date, [
  { name: 'invoiceId', displayName: 'Planned receipt id', type: 'text', indexed: true, value: (p) => p.invoiceId },
  { name: 'dealId', displayName: 'Deal id', type: 'text', value: (p) => p.dealId },
  { name: 'clientId', displayName: 'Client id', type: 'text', indexed: true, value: (p) => p.clientId },
  { name: 'amountMinor', displayName: 'Amount (minor units)', type: 'number', value: (p) => p.amountMinor },
  { name: 'currency', displayName: 'Currency', type: 'text', value: (p) => p.currency },
  { name: 'paidOn', displayName: 'Paid on', type: 'dateTime', value: (p) => p.date },
]);

const campaigns = defineEntityList<Campaign & { [k: string]: unknown }>('campaigns', 'Clientbook Campaigns', (c) => c.name, [
  { name: 'channel', displayName: 'Channel', type: 'text', value: (c) => c.channel },
  { name: 'startDate', displayName: 'Start', type: 'dateTime', value: (c) => c.startDate },
  { name: 'endDate', displayName: 'End', type: 'dateTime', value: (c) => c.endDate },
  { name: 'costMinor', displayName: 'Cost (minor units)', type: 'number', value: (c) => c.costMinor },
  { name: 'currency', displayName: 'Currency', type: 'text', value: (c) => c.currency },
  { name: 'targetRegions', displayName: 'Target regions', type: 'text', value: (c) => c.targetRegions },
  { name: 'targetIndustries', displayName: 'Target industries', type: 'text', value: (c) => c.targetIndustries },
]);

const serviceCases = defineEntityList<ServiceCase & { [k: string]: unknown }>('serviceCases', 'Clientbook Service cases', (c) => c.title, [
  { name: 'clientId', displayName: 'Client id', type: 'text', indexed: true, value: (c) => c.clientId },
  { name: 'severity', displayName: 'Severity', type: 'text', value: (c) => c.severity },
  { name: 'owner', displayName: 'Owner', type: 'text', indexed: true, value: (c) => c.owner },
  { name: 'caseStatus', displayName: 'Status', type: 'choice', choices: serviceCaseStatuses, value: (c) => c.status },
  { name: 'openedOn', displayName: 'Opened', type: 'dateTime', value: (c) => c.openedOn },
  { name: 'resolvedOn', displayName: 'Resolved', type: 'dateTime', value: (c) => c.resolvedOn },
]);

const templates = defineEntityList<Template & { [k: string]: unknown }>('templates', 'Clientbook Templates', (t) => t.name, [
  { name: 'subject', displayName: 'Subject', type: 'text', value: (t) => t.subject },
  { name: 'author', displayName: 'Author', type: 'text', value: (t) => t.author },
]);

// The team's logging policy and each member's own choices: the head of sales' rules reach every pane.
const loggingSettings = defineEntityList<LoggingSetting & { [k: string]: unknown }>('loggingSettings', 'Clientbook Logging settings', (s) => (s.kind === 'team' ? 'Team' : s.member), [
  { name: 'settingKind', displayName: 'Kind', type: 'choice', choices: ['team', 'user'], value: (s) => s.kind },
  { name: 'neverLog', displayName: 'Never log', type: 'note', value: (s) => s.neverLog.join('; ') },
  { name: 'storedPart', displayName: 'Stored part', type: 'choice', choices: storedParts, value: (s) => (s.kind === 'team' ? s.storedPart : null) },
]);

// Who erased personal data and when, by counts only (the erased person is never named).
const auditEntries = defineEntityList<AuditEntry & { [k: string]: unknown }>('auditEntries', 'Clientbook Audit log', (a) => a.action, [
  { name: 'auditBy', displayName: 'By', type: 'text', indexed: true, value: (a) => a.by },
  { name: 'auditAt', displayName: 'At', type: 'dateTime', indexed: true, value: (a) => a.at },
  { name: 'reference', displayName: 'Reference', type: 'text', value: (a) => a.reference },
]);

// Analytics (issue 6): queries saved for the team, and the head of sales' alarm limits and pay rules.
const savedQueries = defineEntityList<SavedQuery & { [k: string]: unknown }>('savedQueries', 'Clientbook Saved queries', (q) => q.name, [
  { name: 'queryRecords', displayName: 'Records', type: 'text', value: (q) => q.query.records },
  { name: 'author', displayName: 'Author', type: 'text', value: (q) => q.author },
]);

const analyticsSettings = defineEntityList<AnalyticsSettings & { [k: string]: unknown }>('analyticsSettings', 'Clientbook Analytics settings', () => 'Team', []);

export const entityLists: Record<SyncTable, EntityList> = {
  clients,
  contacts,
  history,
  plannedContacts,
  referenceItems,
  members,
  products,
  deals,
  invoices,
  payments,
  campaigns,
  serviceCases,
  templates,
  loggingSettings,
  auditEntries,
  savedQueries,
  analyticsSettings,
};

/** The list holding the single change-beacon item: one text column per synced list. */
export const BEACON_LIST = 'Clientbook Change beacon';
