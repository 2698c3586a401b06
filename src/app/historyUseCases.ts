import type { HistoryEntry } from '../domain/model/HistoryEntry';
import type { PlannedContact } from '../domain/model/PlannedContact';
import { localIsoDate } from '../domain/rules/dayPlan';
import type { AppDeps } from './AppDeps';
import { recordedContactEntry, type RecordedContact } from './recordedContactEntry';
import { ValidationError } from './validation';

export type RecordContactInput = RecordedContact & {
  outcome: string;
  /** The planned contact this one fulfils, closed in the same write. */
  completesPlannedContactId?: string;
};

/** Records a call, meeting, demo, note … in the client's history, closing the plan it fulfils. */
export async function recordContact(deps: AppDeps, input: RecordContactInput): Promise<HistoryEntry> {
  const { store } = deps;
  const errors = [];
  if (!input.type) errors.push({ field: 'type', key: 'errors.required' });
  if (!input.at || Number.isNaN(Date.parse(input.at))) errors.push({ field: 'at', key: 'errors.date' });
  if (!input.text.trim() && !input.outcome.trim()) errors.push({ field: 'text', key: 'errors.required' });
  if (errors.length) throw new ValidationError(errors);
  const entry = await recordedContactEntry(deps, input, { completesPlannedContactId: input.completesPlannedContactId ?? '' });
  const now = entry.createdAt;
  let completes: PlannedContact | null = null;
  if (input.completesPlannedContactId) {
    const plan = (await store.plannedContactsOf(input.clientId)).find((p) => p.id === input.completesPlannedContactId);
    if (plan && plan.status === 'open') completes = { ...plan, status: 'done', doneAt: now, doneByEntryId: entry.id, updatedAt: now };
  }
  await store.recordHistory(entry, completes);
  return entry;
}

export type PlanInput = { clientId: string; due: string; kind: string; note: string };

/** A date in the past is refused: the plan would be overdue at once. */
function checkPlan(deps: AppDeps, input: PlanInput) {
  const errors = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.due) || Number.isNaN(Date.parse(input.due))) errors.push({ field: 'due', key: 'errors.date' });
  else if (input.due < localIsoDate(deps.clock.now())) errors.push({ field: 'due', key: 'errors.pastDate' });
  if (!input.kind) errors.push({ field: 'kind', key: 'errors.required' });
  if (errors.length) throw new ValidationError(errors);
}

/** Plans the next contact with a client. */
export async function planNextContact(deps: AppDeps, input: PlanInput): Promise<PlannedContact> {
  const { store, ids, clock, mailHost } = deps;
  checkPlan(deps, input);
  const now = clock.now().toISOString();
  const plan: PlannedContact = {
    id: ids.newId(),
    clientId: input.clientId,
    due: input.due,
    kind: input.kind,
    note: input.note.trim(),
    owner: mailHost.userProfile().email.toLowerCase(),
    status: 'open',
    doneAt: '',
    doneByEntryId: '',
    createdAt: now,
    updatedAt: now,
  };
  await store.savePlannedContact(plan);
  return plan;
}

/** The plan was done or removed meanwhile, in another pane or by a colleague: it is left as it is. */
export class PlanNotOpenError extends Error {
  constructor() {
    super('This planned contact is no longer open.');
    this.name = 'PlanNotOpenError';
  }
}

async function openPlan(deps: AppDeps, clientId: string, id: string): Promise<PlannedContact> {
  const plan = (await deps.store.plannedContactsOf(clientId)).find((p) => p.id === id);
  if (!plan || plan.status !== 'open') throw new PlanNotOpenError();
  return plan;
}

/** Moves a planned contact to another day, or changes how or why: the plan keeps its owner and history. */
export async function changePlannedContact(deps: AppDeps, id: string, input: PlanInput): Promise<PlannedContact> {
  checkPlan(deps, input);
  const plan = await openPlan(deps, input.clientId, id);
  const changed = { ...plan, due: input.due, kind: input.kind, note: input.note.trim(), updatedAt: deps.clock.now().toISOString() };
  await deps.store.savePlannedContact(changed);
  return changed;
}

/** Removes a planned contact that will not happen (the client said no, it was planned by mistake); returns it for Undo. */
export async function removePlannedContact(deps: AppDeps, clientId: string, id: string): Promise<PlannedContact> {
  const plan = await openPlan(deps, clientId, id);
  await deps.store.deletePlannedContact(id);
  return plan;
}
