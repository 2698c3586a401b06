import type { OverwrittenField } from '../domain/ports';
import { sameValue } from '../sync/mergeRecords';

type Version = { updatedAt: string };

/**
 * Of the `fields` an edit changed, those a colleague changed too since the form read the record:
 * the save keeps its own value, and the colleague's goes to the conflict log (DESIGN's sync rules:
 * nothing is silently dropped).
 */
export function overwrittenFields<T extends Version>(read: T, current: T, saved: T, fields: readonly string[]): OverwrittenField[] {
  const value = (record: T, field: string) => (record as Record<string, unknown>)[field];
  return fields
    .filter((field) => !sameValue(value(current, field), value(read, field)) && !sameValue(value(current, field), value(saved, field)))
    .map((field) => ({ field, kept: value(saved, field), lost: value(current, field), keptAt: saved.updatedAt, lostAt: current.updatedAt }));
}
