import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, default as Dexie, Middleware } from 'dexie';
import { syncTables } from '../../sync/syncPorts';
import type { SyncedTable, SyncMetaRow } from './ClientbookDb';

/**
 * A synced record's item in the team store, kept on the record's own row: its SharePoint item id
 * and the eTag of the version this pane last agreed with the team store. One row per item is what
 * makes a first sync fast: a second row per item (the agreements table) halved its rate.
 */
export type TeamItem = { itemId: string; eTag: string };

/** The field of a record row that holds its TeamItem; indexed by item id (ClientbookDb version 9). */
export const TEAM_ITEM = 'teamItem';
export const TEAM_ITEM_INDEX = 'teamItem.itemId';

/** The agreements table: a row per record with local edits the team store has not agreed to yet. */
export const AGREEMENTS_TABLE = 'syncMeta';

type WithTeamItem = { id: string; [TEAM_ITEM]?: TeamItem };

/** The record without its TeamItem: what the app, exports and the team store's columns see. */
export function withoutTeamItem<T extends object>(row: T): T {
  if (!(TEAM_ITEM in row)) return row;
  const record = { ...row } as T & WithTeamItem;
  delete record[TEAM_ITEM];
  return record;
}

/**
 * Leaves the TeamItem out of every record the app reads through Dexie's tables: it is sync's
 * bookkeeping, not a field of the record (an export, an edit form or the team store's columns must
 * never carry it). Sync reads the rows as stored through rowsAsStored.
 */
export function hideTeamItems(db: Dexie): void {
  for (const table of syncTables) db.table(table).hook('reading', (row: object | undefined) => row && withoutTeamItem(row));
}

/** The rows `keys` name as stored, TeamItem included; inside a transaction over `table`. */
export async function rowsAsStored<T>(db: Dexie, table: string, keys: readonly string[]): Promise<(T | undefined)[]> {
  // Dexie's class through the instance: a value import of 'dexie' here would load it before a test's IndexedDB.
  const trans = (db.constructor as typeof Dexie).currentTransaction?.idbtrans as DBCoreTransaction | undefined;
  if (!trans) throw new Error(`rowsAsStored(${table}) needs a transaction`);
  return (await db.core.table(table).getMany({ trans, keys: [...keys] })) as (T | undefined)[];
}

export const teamItemOf = (row: unknown): TeamItem | undefined => (row && typeof row === 'object' ? (row as WithTeamItem)[TEAM_ITEM] : undefined);

// Every key of an index (DBCoreRangeType.Any, a const enum the build cannot read from dexie's types).
const anyKey = { type: 3 } as DBCoreKeyRange;

/**
 * Keeps the agreement of a record that is edited or deleted here. A record pulled from the team
 * store holds its TeamItem on its row; the first local write to it moves that agreement, with the
 * row as it was (the merge's base version), into the agreements table, in the same transaction,
 * and writes the record without it. The push then finds item id, eTag and base there, as for any
 * record with local edits.
 *
 * Sync's own transactions name the agreements table themselves and pass untouched; every other
 * readwrite transaction over a synced table is a local edit (the pane, imports, erasure, another
 * tab) and is widened to the agreements table here. A store that holds no TeamItem in a table
 * (every store without a team) pays one index count per transaction for it.
 */
export function teamItems(): Middleware<DBCore> {
  const synced: ReadonlySet<string> = new Set(syncTables);
  return {
    stack: 'dbcore',
    name: 'teamItems',
    create(down) {
      const localEdits = new WeakSet<DBCoreTransaction>();
      const holdsTeamItems = new WeakMap<DBCoreTransaction, Map<string, Promise<boolean>>>();
      const agreements = down.table(AGREEMENTS_TABLE);

      const anyTeamItem = (table: DBCoreTable, trans: DBCoreTransaction) => {
        let perTable = holdsTeamItems.get(trans);
        if (!perTable) holdsTeamItems.set(trans, (perTable = new Map()));
        let found = perTable.get(table.name);
        if (!found) {
          const index = table.schema.getIndexByKeyPath(TEAM_ITEM_INDEX);
          found = index ? table.count({ trans, query: { index, range: anyKey } }).then((n) => n > 0) : Promise.resolve(false);
          perTable.set(table.name, found);
        }
        return found;
      };

      /** Moves the TeamItems of the rows `keys` name into the agreements table, where none is there yet. */
      const keepAgreements = async (table: DBCoreTable, trans: DBCoreTransaction, keys: readonly string[]) => {
        const rows = (await table.getMany({ trans, keys: [...keys] })) as (WithTeamItem | undefined)[];
        const held = rows.filter((row): row is WithTeamItem & { [TEAM_ITEM]: TeamItem } => !!teamItemOf(row));
        if (!held.length) return;
        const kept = await agreements.getMany({ trans, keys: held.map((row) => [table.name, row.id]) });
        const moved: SyncMetaRow[] = held
          .filter((_, i) => kept[i] === undefined)
          .map((row) => ({ table: table.name as SyncedTable, key: row.id, itemId: row[TEAM_ITEM].itemId, eTag: row[TEAM_ITEM].eTag, base: JSON.stringify(withoutTeamItem(row)) }));
        if (moved.length) await agreements.mutate({ type: 'put', trans, values: moved });
      };

      const keysOf = async (table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> => {
        if (req.type === 'delete') return req.keys as string[];
        if (req.type === 'deleteRange') return (await table.query({ trans: req.trans, query: { index: table.schema.primaryKey, range: req.range } })).result as string[];
        if (req.type === 'put' || req.type === 'add') return req.values.map((v) => (v as WithTeamItem).id);
        return [];
      };

      const kept = (table: DBCoreTable): DBCoreTable => ({
        ...table,
        async mutate(req) {
          if (!localEdits.has(req.trans) || !(await anyTeamItem(table, req.trans))) return table.mutate(req);
          await keepAgreements(table, req.trans, await keysOf(table, req));
          if (req.type === 'put' || req.type === 'add') return table.mutate({ ...req, values: req.values.map((v) => withoutTeamItem(v as WithTeamItem)) });
          return table.mutate(req);
        },
      });

      return {
        ...down,
        transaction(stores, mode, options) {
          const local = mode === 'readwrite' && stores.some((s) => synced.has(s)) && !stores.includes(AGREEMENTS_TABLE);
          const trans = down.transaction(local ? [...stores, AGREEMENTS_TABLE] : stores, mode, options);
          if (local) localEdits.add(trans);
          return trans;
        },
        table(name) {
          const table = down.table(name);
          return synced.has(name) ? kept(table) : table;
        },
      };
    },
  };
}
