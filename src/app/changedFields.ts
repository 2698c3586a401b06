import { sameValue } from '../sync/mergeRecords';

/**
 * The fields of an edit form's `draft` that differ from `read`, the record as the form opened it
 * (lists and dated values compared whole, by value). A save applies only these onto the record as
 * it is stored at save time: written back whole, the form's copy of a field the manager left alone
 * would quietly undo a colleague's edit pulled while the form was open — the store takes that
 * write as the later one, so no 412 and no conflict log would ever show it.
 */
export function changedFields<T extends object>(read: T, draft: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(draft).filter(([field, value]) => value !== undefined && !sameValue(value, read[field as keyof T]))) as Partial<T>;
}
