/** The SharePoint list of every synced entity; later entities join through the same definition. */
import type { Client } from '../../domain/model/Client';
import { clientStatuses, mailingConsents } from '../../domain/model/Client';
import type { Contact } from '../../domain/model/Contact';
import { departments } from '../../domain/model/Department';
import type { HistoryEntry } from '../../domain/model/HistoryEntry';
import type { Member } from '../../domain/model/Member';
import { roles } from '../../domain/model/Member';
import type { PlannedContact } from '../../domain/model/PlannedContact';
import type { ReferenceItem } from '../../domain/model/ReferenceItem';
import { referenceLists } from '../../domain/model/ReferenceItem';
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

export const entityLists: Record<SyncTable, EntityList> = { clients, contacts, history, plannedContacts, referenceItems, members };

/** The list holding the single change-beacon item: one text column per synced list. */
export const BEACON_LIST = 'Clientbook Change beacon';
