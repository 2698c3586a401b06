/**
 * Erasing one person everywhere (a data-subject request): their contact records go; history
 * entries that involve them keep their existence (id, date, type, client) but lose the personal
 * data; and wherever free text names them — history texts and subjects, client notes, Next contact
 * notes, deal and stage notes, service cases, money notes, campaign notes — their name, addresses
 * and phone numbers are replaced. The audit entry says how much was erased, never what. Which
 * records those are, and what each becomes, personRecords decides (the person's export uses it too).
 */
import type { Erasure } from '../domain/dataPorts';
import type { AuditEntry } from '../domain/model/AuditEntry';
import type { AppDeps } from './AppDeps';
import { personData, type PersonData } from './personData';
import { personRecords, type Change } from './personRecords';
import { removeSavedAttachments } from './removeSavedAttachments';

const after = <T>(changes: readonly Change<T>[]) => changes.map((c) => c.after);

/** The erasure as one transaction: what to delete, what to rewrite, and the audit entry with the counts. */
export async function planErasure(deps: AppDeps, person: PersonData, reference: string): Promise<Erasure> {
  const now = deps.clock.now().toISOString();
  const records = await personRecords(deps, person, now);
  const audit: AuditEntry = {
    id: deps.ids.newId(),
    action: 'erase-person',
    by: deps.mailHost.userProfile().email.toLowerCase(),
    at: now,
    reference: reference.trim(),
    contactsErased: person.contacts.length,
    historyRedacted: records.history.length,
    clientsErased: person.personalClients.length,
    mentionsErased: records.mentions,
    recordsRewritten: records.recordsRewritten,
    createdAt: now,
    updatedAt: now,
  };
  return {
    address: person.address,
    deleteContactIds: [...new Set(person.contacts.map((c) => c.id))],
    // A personal client keeps its record (its history points at it) but loses everything that names the person.
    deleteClientIds: [],
    updatedClients: after(records.clients),
    redactedHistory: after(records.history),
    rewritten: {
      plannedContacts: after(records.plannedContacts),
      deals: after(records.deals),
      serviceCases: after(records.serviceCases),
      invoices: after(records.invoices),
      payments: after(records.payments),
      campaigns: after(records.campaigns),
    },
    audit,
  };
}

/** Erases the person as planErasure plans it; what it changed, with its audit entry. */
export async function erasePerson(deps: AppDeps, email: string, reference: string): Promise<Erasure> {
  const person = await personData(deps, email);
  const erasure = await planErasure(deps, person, reference);
  await removeSavedAttachments(deps, person.history);
  await deps.data.erase(erasure);
  // Figures kept for the next pane start were computed before the erasure, and the records the analytics worker kept are copies: they go too.
  if (deps.analyticsDbName) {
    const [answers, snapshot] = await Promise.all([import('../adapters/storage/dexieAnalyticsAnswers'), import('../adapters/storage/dexieAnalyticsSnapshot')]);
    await Promise.all([answers.dexieAnalyticsAnswers(deps.analyticsDbName).clear(), snapshot.dexieAnalyticsSnapshot(deps.analyticsDbName).clear()]);
  }
  return erasure;
}
