/** After-sales service cases on the client card. */
import { parseEmailAddress } from '../domain/model/EmailAddress';
import { isResolvedStatus, serviceCaseStatuses, type ServiceCase } from '../domain/model/ServiceCase';
import { localIsoDate } from '../domain/rules/dayPlan';
import type { AppDeps } from './AppDeps';
import { changedFields } from './changedFields';
import { DeletedWhileEditingError, savedUnlessDeleted } from './DeletedWhileEditingError';
import { checkCode, checkDate, checkDateOrder } from './moneyChecks';
import { RecordNotFoundError } from './RecordNotFoundError';
import { recordCaseEvent } from './serviceCaseHistory';
import { ValidationError, type FieldError } from './validation';

export type ServiceCaseInput = {
  clientId: string;
  title: string;
  description: string;
  /** A 'caseSeverity' code. */
  severity: string;
  /** Member email; defaults to the signed-in user. */
  owner?: string;
  /** ISO date; defaults to today. */
  openedOn?: string;
};

export type ServiceCaseChanges = Partial<Pick<ServiceCase, 'title' | 'description' | 'severity' | 'owner' | 'status' | 'openedOn' | 'resolvedOn'>>;

function check(deps: AppDeps, c: ServiceCase, current: ServiceCase | undefined, items: Parameters<typeof checkCode>[0]): void {
  const errors: FieldError[] = [];
  if (!c.title.trim()) errors.push({ field: 'title', key: 'errors.required' });
  // Checked when set: a case kept from before the check can still change its status.
  if (c.owner !== current?.owner && !parseEmailAddress(c.owner).ok) errors.push({ field: 'owner', key: 'errors.invalidEmail' });
  checkCode(items, 'caseSeverity', c.severity, 'severity', errors, { required: true, current: current?.severity });
  if (!serviceCaseStatuses.includes(c.status)) errors.push({ field: 'status', key: 'errors.unknownValue' });
  checkDate(c.openedOn, 'openedOn', errors);
  checkDate(c.resolvedOn, 'resolvedOn', errors, { optional: true });
  checkDateOrder(c.openedOn, c.resolvedOn, 'resolvedOn', errors);
  const today = localIsoDate(deps.clock.now());
  if (c.openedOn > today) errors.push({ field: 'openedOn', key: 'errors.futureDate' });
  if (c.resolvedOn > today) errors.push({ field: 'resolvedOn', key: 'errors.futureDate' });
  if (errors.length) throw new ValidationError(errors);
}

/** Opens a service case for a client, owned by the signed-in user unless told otherwise; the client's history notes it. */
export async function openServiceCase(deps: AppDeps, input: ServiceCaseInput): Promise<ServiceCase> {
  const { store, deals, ids, clock, mailHost } = deps;
  if (!(await store.getClient(input.clientId))) throw new RecordNotFoundError('client', input.clientId);
  const now = clock.now().toISOString();
  const serviceCase: ServiceCase = {
    id: ids.newId(),
    clientId: input.clientId,
    title: input.title.trim(),
    description: input.description.trim(),
    severity: input.severity,
    owner: (input.owner || mailHost.userProfile().email).trim().toLowerCase(),
    status: 'open',
    openedOn: input.openedOn ?? localIsoDate(clock.now()),
    resolvedOn: '',
    createdAt: now,
    updatedAt: now,
  };
  check(deps, serviceCase, undefined, await store.referenceItems());
  await deals.saveServiceCase(serviceCase);
  await recordCaseEvent(deps, undefined, serviceCase);
  return serviceCase;
}

/**
 * Edits a case. Moving it to resolved or closed dates the resolution today unless a date is given;
 * moving it back to open or in progress clears that date. An emptied owner becomes the signed-in
 * user, as when the case was opened: a case always has someone responsible. The client's history
 * notes a case resolved, closed or reopened. With `read`, the case as the form opened it, only the
 * fields changed from it are applied (saveClient says why).
 */
export async function updateServiceCase(deps: AppDeps, id: string, typed: ServiceCaseChanges, read?: ServiceCase): Promise<ServiceCase> {
  const { store, deals, clock, mailHost } = deps;
  const current = await deals.getServiceCase(id);
  const shown = read ?? current;
  if (!shown) throw new RecordNotFoundError('serviceCase', id);
  const edited = { kind: 'serviceCase', title: shown.title } as const;
  if (!current) throw new DeletedWhileEditingError(edited);
  const changes = read ? changedFields<ServiceCaseChanges>(read, typed) : typed;
  const next: ServiceCase = {
    ...current,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    updatedAt: clock.now().toISOString(),
  };
  next.title = next.title.trim();
  next.description = next.description.trim();
  next.owner = (next.owner.trim() || mailHost.userProfile().email).trim().toLowerCase();
  if (!isResolvedStatus(next.status)) next.resolvedOn = '';
  else if (!next.resolvedOn) next.resolvedOn = localIsoDate(clock.now());
  check(deps, next, current, await store.referenceItems());
  await savedUnlessDeleted(edited, () => deals.saveServiceCase(next, { read: read ?? current, basis: current }));
  await recordCaseEvent(deps, current, next);
  return next;
}
