import { defaultAlarmThresholds } from '../../domain/analytics/alarms';
import { stalledDaysOf } from '../../domain/analytics/stalledLimit';
import { ANALYTICS_SETTINGS_ID, type AnalyticsSettings } from '../../domain/model/AnalyticsSettings';
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/** The table holding each client's latest history instant (a row per client with any history). */
export const CLIENT_LAST_CONTACTS_TABLE = 'clientLastContacts';
/** The table holding each deal's latest history instant (a row per deal with an entry linked to it). */
export const DEAL_LAST_CONTACTS_TABLE = 'dealLastContacts';

/** A client's latest history entry: its instant and id (the id tells a write that rewrites or deletes that very entry). */
export type ClientLastContactRow = { clientId: string; at: string; historyId: string };
export type DealLastContactRow = { dealId: string; at: string; historyId: string };

type HistoryKeys = { id: string; clientId: string; dealId?: string; at: string };
type Owner = 'clientId' | 'dealId';
type LastContactRow = { [K in Owner]?: string } & { at: string; historyId: string };

/** One latest-contact table: whose entries it follows, and how the index finds that one's newest entry. */
type Kept = { table: string; owner: Owner; newest: (history: DBCoreTable, trans: DBCoreTransaction, id: string) => Promise<HistoryKeys | undefined> };

// DBCoreRangeType is a const enum, which isolated modules cannot read from Dexie's typings.
const EQUAL = 1 as DBCoreKeyRange['type'];
const RANGE = 2 as DBCoreKeyRange['type'];

const kept = (down: DBCore): Kept[] => [
  {
    table: CLIENT_LAST_CONTACTS_TABLE,
    owner: 'clientId',
    async newest(history, trans, clientId) {
      const range: DBCoreKeyRange = { type: RANGE, lower: [clientId, down.MIN_KEY], upper: [clientId, down.MAX_KEY] };
      const [entry] = (await history.query({ trans, values: true, limit: 1, direction: 'prev', query: { index: history.schema.getIndexByKeyPath(['clientId', 'at'])!, range } })).result as HistoryKeys[];
      return entry;
    },
  },
  {
    table: DEAL_LAST_CONTACTS_TABLE,
    owner: 'dealId',
    // A deal has a handful of entries: reading them all spares history an index on [dealId+at].
    async newest(history, trans, dealId) {
      const range: DBCoreKeyRange = { type: EQUAL, lower: dealId, upper: dealId };
      const entries = (await history.query({ trans, values: true, query: { index: history.schema.getIndexByKeyPath('dealId')!, range } })).result as HistoryKeys[];
      return entries.reduce<HistoryKeys | undefined>((best, entry) => (!best || best.at < entry.at ? entry : best), undefined);
    },
  },
];

const ownerOf = (entry: HistoryKeys, owner: Owner): string => entry[owner] ?? '';

/**
 * Keeps each client's and each deal's latest history instant in small tables, updated in the same
 * transaction as every write to history: analytics need them for all 10k clients (clients in work)
 * and every open deal (stalled deals), and reading them from history took seconds on a big store
 * where these tables are one small read. Every write reaches IndexedDB through Dexie (the pane's
 * edits, sync pulls, imports, erasure, seeding), so all of them pass here. A new entry only raises
 * its client's and deal's rows; a write that rewrites or deletes the entry a row names has that
 * client's or deal's latest looked up again in the index, after the write.
 */
export function lastContacts(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'lastContacts',
    create(down) {
      const tables = kept(down);
      const maintained = (history: DBCoreTable): DBCoreTable => {
        /**
         * The rows naming one of the entries a write touches. Rows are found by client or deal, from
         * the entries' before the write and, for a put, after it (an entry may move to another one):
         * a range over the rows' entry ids would span nearly every row for a pulled page of random
         * ids. A deleteRange (clearing history) reads the rows in its range.
         */
        const rowsNaming = async (trans: DBCoreTransaction, req: DBCoreMutateRequest): Promise<LastContactRow[][]> => {
          if (req.type === 'deleteRange') {
            return Promise.all(tables.map(async ({ table }) => {
              const latest = down.table(table);
              return (await latest.query({ trans, values: true, query: { index: latest.schema.getIndexByKeyPath('historyId')!, range: req.range } })).result as LastContactRow[];
            }));
          }
          const keys: string[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: HistoryKeys) => v.id));
          if (keys.length === 0) return tables.map(() => []);
          const before = ((await history.getMany({ trans, keys })) as (HistoryKeys | undefined)[]).filter((entry): entry is HistoryKeys => !!entry);
          const after = req.type === 'delete' ? [] : (req.values as HistoryKeys[]);
          const touched = new Set(keys);
          return Promise.all(tables.map(async ({ table, owner }) => {
            const ids = [...new Set([...before, ...after].map((entry) => ownerOf(entry, owner)))].filter(Boolean);
            if (ids.length === 0) return [];
            const rows = (await down.table(table).getMany({ trans, keys: ids })) as (LastContactRow | undefined)[];
            return rows.filter((row): row is LastContactRow => !!row && touched.has(row.historyId));
          }));
        };

        const written = (req: DBCoreMutateRequest, response: DBCoreMutateResponse): HistoryKeys[] =>
          req.type === 'add' || req.type === 'put' ? (req.values as HistoryKeys[]).filter((_, i) => !(i in response.failures)) : [];

        const update = async ({ table, owner, newest }: Kept, trans: DBCoreTransaction, named: LastContactRow[], entries: HistoryKeys[]) => {
          const latest = down.table(table);
          const rows = new Map<string, LastContactRow>();
          const row = (id: string, entry: HistoryKeys): LastContactRow => ({ [owner]: id, at: entry.at, historyId: entry.id });
          const gone: string[] = [];
          // The entry a row named was rewritten or deleted: the index, after the write, knows the latest.
          await Promise.all(
            named.map(async (old) => {
              const id = old[owner]!;
              const entry = await newest(history, trans, id);
              if (entry) rows.set(id, row(id, entry));
              else gone.push(id);
            }),
          );
          const newestWritten = new Map<string, HistoryKeys>();
          for (const entry of entries) {
            const id = ownerOf(entry, owner);
            if (!id || rows.has(id)) continue;
            const best = newestWritten.get(id);
            if (!best || best.at < entry.at) newestWritten.set(id, entry);
          }
          const ids = [...newestWritten.keys()];
          const current = ids.length ? ((await latest.getMany({ trans, keys: ids })) as (LastContactRow | undefined)[]) : [];
          ids.forEach((id, i) => {
            const entry = newestWritten.get(id)!;
            const existing = current[i];
            if (!existing || existing.at < entry.at) rows.set(id, row(id, entry));
          });
          if (rows.size) await latest.mutate({ type: 'put', trans, values: [...rows.values()] });
          if (gone.length) await latest.mutate({ type: 'delete', trans, keys: gone });
        };

        return {
          ...history,
          async mutate(req) {
            const named = await rowsNaming(req.trans, req);
            const response = await history.mutate(req);
            const entries = written(req, response);
            await Promise.all(tables.map((k, i) => update(k, req.trans, named[i]!, entries)));
            return response;
          },
        };
      };
      const tableNames = tables.map((k) => k.table);
      return {
        ...down,
        transaction(stores, mode, options) {
          const widened = mode === 'readwrite' && stores.includes('history') ? [...stores, ...tableNames.filter((t) => !stores.includes(t))] : stores;
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          return name === 'history' ? maintained(table) : table;
        },
      };
    },
  };
}

/**
 * Fills the clients' table from the `[clientId+at]` index's keys, once, when a store made before it
 * is upgraded: one cursor step per client, newest first.
 */
export function fillClientLastContacts(trans: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    const latest = trans.objectStore(CLIENT_LAST_CONTACTS_TABLE);
    const request = trans.objectStore('history').index('[clientId+at]').openKeyCursor(null, 'prev');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      const [clientId, at] = cursor.key as [string, string];
      latest.put({ clientId, at, historyId: cursor.primaryKey as string } satisfies ClientLastContactRow);
      // [clientId] sorts before every [clientId, at]: going back to it lands on the previous client's newest key.
      cursor.continue([clientId]);
    };
  });
}

/** The table noting from which day on a latest-contact table is complete. */
export const LAST_CONTACTS_FROM_TABLE = 'lastContactsFrom';

/**
 * `from`: the table holds a row for every one whose latest contact is on or after that day (yyyy-mm-dd).
 * A table with no note is complete.
 */
export type LastContactsFromRow = { table: string; from: string };

const DAY_MS = 86_400_000;

/**
 * Fills the deals' table, once, when a store made before it is upgraded — from the entries since
 * the head of sales' stalled-deal limit only, and notes that day: reading every history entry
 * would hold the first pane start after the update for seconds on a big store, while analytics ask
 * only which deals had a contact since that limit. Plain IndexedDB requests, so the upgrade's
 * transaction stays active from one to the next.
 */
export function fillDealLastContacts(trans: IDBTransaction, now: Date): Promise<void> {
  return new Promise((resolve, reject) => {
    const settingsRequest = trans.objectStore('analyticsSettings').get(ANALYTICS_SETTINGS_ID);
    settingsRequest.onerror = () => reject(settingsRequest.error);
    settingsRequest.onsuccess = () => {
      const settings = settingsRequest.result as AnalyticsSettings | undefined;
      const days = stalledDaysOf(settings?.thresholds ?? defaultAlarmThresholds);
      const from = new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
      const newest = new Map<string, HistoryKeys>();
      const request = trans.objectStore('history').index('at').openCursor(IDBKeyRange.lowerBound(from));
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result;
        if (cursor) {
          const entry = cursor.value as HistoryKeys;
          // The index runs by instant: a later entry of the same deal is its newest so far.
          if (entry.dealId) newest.set(entry.dealId, entry);
          return cursor.continue();
        }
        const latest = trans.objectStore(DEAL_LAST_CONTACTS_TABLE);
        for (const [dealId, entry] of newest) latest.put({ dealId, at: entry.at, historyId: entry.id } satisfies DealLastContactRow);
        trans.objectStore(LAST_CONTACTS_FROM_TABLE).put({ table: DEAL_LAST_CONTACTS_TABLE, from } satisfies LastContactsFromRow);
        resolve();
      };
    };
  });
}
