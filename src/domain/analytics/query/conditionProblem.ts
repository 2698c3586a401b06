import { conditionNumber, type Condition } from './Query';
import type { FieldType } from './queryFields';

export type ConditionProblem = 'valueMissing' | 'notANumber' | 'notADate';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What keeps a condition from meaning what its user wants, or null: runQuery (reading numbers
 * with conditionNumber, as this does) would take a blank number as 0 and a word as nothing,
 * compare dates as text, and match a blank text only where the field is blank. "Is" and "is not" a blank are kept where the value `picksFromList` (a status, a
 * picklist): there "(not set)" is a choice. Elsewhere "is empty" says that.
 */
export function conditionProblem(c: Condition, type: FieldType, picksFromList = false): ConditionProblem | null {
  if (c.op === 'empty' || c.op === 'notEmpty') return null;
  const value = c.value.trim();
  if (type === 'number' || type === 'money') return !value ? 'valueMissing' : Number.isFinite(conditionNumber(value)) ? null : 'notANumber';
  if (type === 'date') return !value ? 'valueMissing' : DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'notADate';
  return !value && !(picksFromList && (c.op === 'eq' || c.op === 'neq')) ? 'valueMissing' : null;
}
