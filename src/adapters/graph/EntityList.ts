/**
 * How one entity lives in a SharePoint list: its columns, and the mappers between a record and a
 * list item's fields. Typed columns carry what people filter and report on (SharePoint views,
 * Excel, Power BI); the full record rides along as JSON in a hidden column, so nothing is lost
 * to a column's limits (255 characters, no arrays, no nested objects).
 */
import type { SyncRecord, SyncTable } from '../../sync/syncPorts';

export type ColumnType = 'text' | 'note' | 'number' | 'dateTime' | 'boolean' | 'choice';

export type ColumnSpec = {
  name: string;
  displayName: string;
  type: ColumnType;
  choices?: readonly string[];
  indexed?: boolean;
  unique?: boolean;
  hidden?: boolean;
};

type FieldSpec<T> = ColumnSpec & { value: (record: T) => unknown };

export type EntityList = {
  table: SyncTable;
  displayName: string;
  columns: ColumnSpec[];
  toListItemFields(record: SyncRecord): Record<string, unknown>;
  /** The record an item holds, or null when the item is not one of ours (e.g. added by hand without JSON). */
  fromListItem(fields: Record<string, unknown>): SyncRecord | null;
};

export const ENTITY_ID_COLUMN = 'cbEntityId';
export const RECORD_COLUMN = 'cbRecord';
/** Arrays (emails, domains, contact ids) are joined with this in their text column. */
export const LIST_DELIMITER = '; ';
const TEXT_LIMIT = 255;
/** A multi-line text column holds at most 63,999 characters; a long record continues in the next ones. */
export const NOTE_LIMIT = 63_999;
const RECORD_COLUMNS = [RECORD_COLUMN, 'cbRecord2', 'cbRecord3', 'cbRecord4'];
/** The fields a synced record is read back from: what the team store asks Graph for, nothing more. */
export const RECORD_FIELDS = [ENTITY_ID_COLUMN, ...RECORD_COLUMNS];

const common: ColumnSpec[] = [
  { name: ENTITY_ID_COLUMN, displayName: 'Entity id', type: 'text', indexed: true, unique: true },
  ...RECORD_COLUMNS.map((name, i): ColumnSpec => ({ name, displayName: i ? `Record (JSON, part ${i + 1})` : 'Record (JSON)', type: 'note', hidden: true })),
  { name: 'cbUpdatedAt', displayName: 'Updated', type: 'dateTime' },
];

/**
 * The record as JSON, within the record columns' room. Past ~256,000 characters (an email body of
 * that size) the longest text field is shortened, marked with an ellipsis: the list could not
 * hold it, and the rest of the record must still sync.
 */
function recordJson(record: SyncRecord): string {
  const room = NOTE_LIMIT * RECORD_COLUMNS.length;
  let fitted = record;
  let json = JSON.stringify(fitted);
  while (json.length > room) {
    const [field, value] = Object.entries(fitted)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .sort((a, b) => b[1].length - a[1].length)[0] ?? ['', ''];
    if (!field) break;
    fitted = { ...fitted, [field]: `${value.slice(0, Math.max(0, value.length - (json.length - room) - 16))}…` };
    json = JSON.stringify(fitted);
  }
  return json;
}

/** Splits at NOTE_LIMIT, never between the two halves of a surrogate pair. */
function chunks(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + NOTE_LIMIT);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

function columnValue(spec: ColumnSpec, raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return null;
  switch (spec.type) {
    case 'text': {
      const text = Array.isArray(raw) ? raw.join(LIST_DELIMITER) : String(raw);
      return text.length > TEXT_LIMIT ? text.slice(0, TEXT_LIMIT) : text;
    }
    case 'note':
      return String(raw);
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    case 'boolean':
      return Boolean(raw);
    case 'dateTime':
      return Number.isNaN(Date.parse(String(raw))) ? null : new Date(String(raw)).toISOString();
    case 'choice':
      return spec.choices?.includes(String(raw)) ? String(raw) : null;
  }
}

/** Builds an entity's list from its typed fields; `title` fills SharePoint's built-in Title column. */
export function defineEntityList<T extends SyncRecord>(
  table: SyncTable,
  displayName: string,
  title: (record: T) => string,
  fields: FieldSpec<T>[],
): EntityList {
  const columns: ColumnSpec[] = [...common, ...fields.map(({ value: _value, ...spec }) => spec)];
  return {
    table,
    displayName,
    columns,
    toListItemFields(record) {
      const r = record as T;
      const parts = chunks(recordJson(r));
      const out: Record<string, unknown> = {
        Title: title(r).slice(0, TEXT_LIMIT),
        [ENTITY_ID_COLUMN]: r.id,
        // Every part is written, empty ones as null, so a record that shrank leaves no stale tail.
        ...Object.fromEntries(RECORD_COLUMNS.map((name, i) => [name, parts[i] ?? null])),
        cbUpdatedAt: columnValue({ name: 'cbUpdatedAt', displayName: '', type: 'dateTime' }, r.updatedAt),
      };
      for (const f of fields) out[f.name] = columnValue(f, f.value(r));
      return out;
    },
    fromListItem(itemFields) {
      if (typeof itemFields[RECORD_COLUMN] !== 'string') return null;
      const json = RECORD_COLUMNS.map((name) => itemFields[name])
        .filter((part): part is string => typeof part === 'string')
        .join('');
      try {
        const record = JSON.parse(json) as SyncRecord;
        return typeof record.id === 'string' && record.id === itemFields[ENTITY_ID_COLUMN] ? record : null;
      } catch {
        return null;
      }
    },
  };
}
