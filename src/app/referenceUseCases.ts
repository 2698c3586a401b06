/** Picklist values in use: how many records hold one, archiving it (optionally moving them), stage probabilities. */
import type { ReferenceItem, ReferenceList } from '../domain/model/ReferenceItem';
import type { AppDeps } from './AppDeps';
import { checkPercent } from './moneyChecks';
import { RecordNotFoundError } from './RecordNotFoundError';
import { requireRole } from './requireRole';
import { ValidationError, type FieldError } from './validation';

async function findItem(deps: AppDeps, list: ReferenceList, code: string): Promise<ReferenceItem> {
  const item = (await deps.store.referenceItems()).find((i) => i.list === list && i.code === code);
  if (!item) throw new RecordNotFoundError('referenceItem', `${list}:${code}`);
  return item;
}

export type RetireInput = {
  list: ReferenceList;
  code: string;
  /** Another active value of the list the records holding `code` move to; none: they keep it. */
  replacement?: string;
};

/**
 * Archives a value: it leaves the choices for new records. Records that hold it keep it, so their
 * history and the analytics over it stay as they were, and Restore brings the value back whole.
 * Moving them to a replacement is the head of sales' explicit choice: it rewrites those records,
 * and Restore does not move them back. Returns how many records moved.
 */
export async function retireReferenceValue(deps: AppDeps, input: RetireInput): Promise<{ moved: number; item: ReferenceItem }> {
  const { store, deals, clock } = deps;
  await requireRole(deps, ['head-of-sales']);
  const item = await findItem(deps, input.list, input.code);
  const replacement = input.replacement ?? '';
  const errors: FieldError[] = [];
  if (replacement) {
    const target = (await store.referenceItems()).find((i) => i.list === input.list && i.code === replacement);
    if (replacement === input.code) errors.push({ field: 'replacement', key: 'errors.sameReplacement' });
    else if (!target || target.archived) errors.push({ field: 'replacement', key: 'errors.unknownValue' });
  }
  if (errors.length) throw new ValidationError(errors);
  const retired: ReferenceItem = { ...item, archived: true, updatedAt: clock.now().toISOString() };
  const moved = replacement ? await deals.replaceReference(input.list, input.code, replacement, retired) : 0;
  if (!replacement) await store.saveReferenceItem(retired);
  return { moved, item: retired };
}

/** Sets a deal stage's default probability (0..100); deals already in the stage keep theirs. */
export async function setStageProbability(deps: AppDeps, code: string, probability: number): Promise<ReferenceItem> {
  await requireRole(deps, ['head-of-sales']);
  const item = await findItem(deps, 'dealStage', code);
  const errors: FieldError[] = [];
  checkPercent(probability, 'probability', errors);
  if (errors.length) throw new ValidationError(errors);
  const saved: ReferenceItem = { ...item, probability, updatedAt: deps.clock.now().toISOString() };
  await deps.store.saveReferenceItem(saved);
  return saved;
}
