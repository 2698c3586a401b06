import type { HistoryEntry } from '../domain/model/HistoryEntry';
import type { AppDeps } from './AppDeps';
import { checkCode } from './moneyChecks';
import { recordedContactEntry, type RecordedContact } from './recordedContactEntry';
import { RecordNotFoundError } from './RecordNotFoundError';
import { ValidationError, type FieldError } from './validation';

export type DepartmentEntryInput = RecordedContact & {
  /** Links the entry to a deal / a service case of the same client. */
  dealId?: string;
  serviceCaseId?: string;
  /** Required for a 'survey' entry: the satisfaction score on the NPS scale, a whole number 0..10. */
  surveyScore?: number | null;
};

/** The survey score scale: 0 (would not recommend) .. 10 (would recommend), as in NPS. */
export const SURVEY_SCORE_MAX = 10;

/**
 * Records a contact in the client's history with its department — marketing and after-sales log
 * theirs next to sales — optionally linked to a deal or a service case; a survey records its score.
 */
export async function recordDepartmentEntry(deps: AppDeps, input: DepartmentEntryInput): Promise<HistoryEntry> {
  const { store, deals } = deps;
  if (!(await store.getClient(input.clientId))) throw new RecordNotFoundError('client', input.clientId);
  const errors: FieldError[] = [];
  checkCode(await store.referenceItems(), 'historyType', input.type, 'type', errors, { required: true });
  if (!input.at || Number.isNaN(Date.parse(input.at))) errors.push({ field: 'at', key: 'errors.date' });
  if (!input.text.trim() && !(input.outcome ?? '').trim()) errors.push({ field: 'text', key: 'errors.required' });
  const score = input.surveyScore ?? null;
  if (input.type === 'survey') {
    if (score === null) errors.push({ field: 'surveyScore', key: 'errors.required' });
    else if (!Number.isInteger(score) || score < 0 || score > SURVEY_SCORE_MAX) errors.push({ field: 'surveyScore', key: 'errors.surveyScore' });
  } else if (score !== null) errors.push({ field: 'surveyScore', key: 'errors.surveyOnly' });
  if (input.dealId) {
    const deal = await deals.getDeal(input.dealId);
    if (!deal || deal.clientId !== input.clientId) errors.push({ field: 'dealId', key: 'errors.otherClient' });
  }
  if (input.serviceCaseId) {
    const serviceCase = await deals.getServiceCase(input.serviceCaseId);
    if (!serviceCase || serviceCase.clientId !== input.clientId) errors.push({ field: 'serviceCaseId', key: 'errors.otherClient' });
  }
  if (errors.length) throw new ValidationError(errors);
  const entry = await recordedContactEntry(deps, input, {
    completesPlannedContactId: '',
    dealId: input.dealId ?? '',
    serviceCaseId: input.serviceCaseId ?? '',
    surveyScore: score,
  });
  await store.recordHistory(entry, null);
  return entry;
}
