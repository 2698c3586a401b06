import type { SyncRecord } from './syncPorts';

export type FieldConflict = { field: string; kept: unknown; lost: unknown; keptAt: string; lostAt: string };

export type MergeResult = { record: SyncRecord; conflicts: FieldConflict[] };

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

/** Deep equality for JSON-shaped values, independent of key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === undefined && b === undefined;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ak = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bk = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether two records hold the same data (bookkeeping included). */
export function sameRecord(a: SyncRecord, b: SyncRecord): boolean {
  return sameValue(a, b);
}

/**
 * Three-way merge of one record, field by field, against the version both sides started from.
 * A field changed on one side takes that side's value; changed on both, the later write
 * (updatedAt) wins and the other value is reported as a conflict. Ties break on the value
 * itself, so every pane merging the same inputs gets the same record. Without a base (two
 * creates of one id), every differing field counts as changed on both sides.
 */
export function mergeRecords(base: SyncRecord | undefined, local: SyncRecord, remote: SyncRecord): MergeResult {
  const localIsLater =
    local.updatedAt !== remote.updatedAt ? local.updatedAt > remote.updatedAt : JSON.stringify(local) >= JSON.stringify(remote);
  const record: SyncRecord = { ...local };
  const conflicts: FieldConflict[] = [];
  const fields = new Set([...Object.keys(local), ...Object.keys(remote)].filter((f) => !BOOKKEEPING.has(f)));
  for (const field of fields) {
    const l = local[field];
    const r = remote[field];
    if (sameValue(l, r)) continue;
    if (base && sameValue(base[field], l)) {
      record[field] = r;
      continue;
    }
    if (base && sameValue(base[field], r)) continue;
    record[field] = localIsLater ? l : r;
    conflicts.push(
      localIsLater
        ? { field, kept: l, lost: r, keptAt: local.updatedAt, lostAt: remote.updatedAt }
        : { field, kept: r, lost: l, keptAt: remote.updatedAt, lostAt: local.updatedAt },
    );
  }
  for (const f of Object.keys(record)) if (record[f] === undefined) delete record[f];
  record.updatedAt = local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt;
  const created = [local.createdAt, remote.createdAt].filter((c): c is string => typeof c === 'string').sort()[0];
  if (created) record.createdAt = created;
  return { record, conflicts };
}
