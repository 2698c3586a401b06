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

const common: ColumnSpec[] = [
  { name: ENTITY_ID_COLUMN, displayName: 'Entity id', type: 'text', indexed: true, unique: true },
  { name: RECORD_COLUMN, displayName: 'Record (JSON)', type: 'note', hidden: true },
  { name: 'cbUpdatedAt', displayName: 'Updated', type: 'dateTime' },
];

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
      const out: Record<string, unknown> = {
        Title: title(r).slice(0, TEXT_LIMIT),
        [ENTITY_ID_COLUMN]: r.id,
        [RECORD_COLUMN]: JSON.stringify(r),
        cbUpdatedAt: columnValue(common[2]!, r.updatedAt),
      };
      for (const f of fields) out[f.name] = columnValue(f, f.value(r));
      return out;
    },
    fromListItem(itemFields) {
      const json = itemFields[RECORD_COLUMN];
      if (typeof json !== 'string') return null;
      try {
        const record = JSON.parse(json) as SyncRecord;
        return typeof record.id === 'string' && record.id === itemFields[ENTITY_ID_COLUMN] ? record : null;
      } catch {
        return null;
      }
    },
  };
}
