import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/** The table holding each client's latest history instant (a row per client with any history). */
export const CLIENT_LAST_CONTACTS_TABLE = 'clientLastContacts';

/** A client's latest history entry: its instant and id (the id tells a write that rewrites or deletes that very entry). */
export type ClientLastContactRow = { clientId: string; at: string; historyId: string };

type HistoryKeys = { id: string; clientId: string; at: string };

// DBCoreRangeType is a const enum, which isolated modules cannot read from Dexie's typings.
const RANGE = 2 as DBCoreKeyRange['type'];

/**
 * Keeps each client's latest history instant in a small table, updated in the same transaction
 * as every write to history: analytics (clients in work) need it for all 10k clients, and reading
 * it from the `[clientId+at]` index took one cursor step per client — seconds on a big store —
 * where this table is one getAll of small rows. Every write reaches IndexedDB through Dexie (the
 * pane's edits, sync pulls, imports, erasure, seeding), so all of them pass here. A new entry only
 * raises its client's row; a write that rewrites or deletes the entry a row names has that
 * client's latest looked up again in the index, after the write.
 */
export function clientLastContacts(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'clientLastContacts',
    create(down) {
      const maintained = (history: DBCoreTable): DBCoreTable => {
        // Looked up at the first write: while an older store is upgraded, the stack is made before the table exists.
        const latestTable = () => down.table(CLIENT_LAST_CONTACTS_TABLE);
        const byHistoryId = () => latestTable().schema.getIndexByKeyPath('historyId')!;
        const byClientAndAt = () => history.schema.getIndexByKeyPath(['clientId', 'at'])!;

        /**
         * The rows naming one of the entries a write touches. Rows are found by client, from the
         * entries' clients before the write and, for a put, after it (an entry may move to another
         * client): a range over the row's entry ids would span nearly every row for a pulled page
         * of random ids. A deleteRange (clearing history) reads the rows in its range.
         */
        const rowsNaming = async (trans: DBCoreTransaction, req: DBCoreMutateRequest): Promise<ClientLastContactRow[]> => {
          const latest = latestTable();
          if (req.type === 'deleteRange') return (await latest.query({ trans, values: true, query: { index: byHistoryId(), range: req.range } })).result as ClientLastContactRow[];
          const keys: string[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: HistoryKeys) => v.id));
          if (keys.length === 0) return [];
          const before = (await history.getMany({ trans, keys })) as (HistoryKeys | undefined)[];
          const clientIds = new Set(before.flatMap((entry) => (entry ? [entry.clientId] : [])));
          if (req.type !== 'delete') for (const v of req.values as HistoryKeys[]) clientIds.add(v.clientId);
          if (clientIds.size === 0) return [];
          const touched = new Set(keys);
          const rows = (await latest.getMany({ trans, keys: [...clientIds] })) as (ClientLastContactRow | undefined)[];
          return rows.filter((row): row is ClientLastContactRow => !!row && touched.has(row.historyId));
        };

        const newestInIndex = async (trans: DBCoreTransaction, clientId: string): Promise<HistoryKeys | undefined> => {
          const range: DBCoreKeyRange = { type: RANGE, lower: [clientId, down.MIN_KEY], upper: [clientId, down.MAX_KEY] };
          const [entry] = (await history.query({ trans, values: true, limit: 1, direction: 'prev', query: { index: byClientAndAt(), range } })).result as HistoryKeys[];
          return entry;
        };

        const written = (req: DBCoreMutateRequest, response: DBCoreMutateResponse): HistoryKeys[] =>
          req.type === 'add' || req.type === 'put' ? (req.values as HistoryKeys[]).filter((_, i) => !(i in response.failures)) : [];

        return {
          ...history,
          async mutate(req) {
            const { trans } = req;
            const latest = latestTable();
            const named = await rowsNaming(trans, req);
            const response = await history.mutate(req);
            const rows = new Map<string, ClientLastContactRow>();
            const gone: string[] = [];
            // The entry a row named was rewritten or deleted: the index, after the write, knows the client's latest.
            await Promise.all(
              named.map(async ({ clientId }) => {
                const entry = await newestInIndex(trans, clientId);
                if (entry) rows.set(clientId, { clientId, at: entry.at, historyId: entry.id });
                else gone.push(clientId);
              }),
            );
            const newest = new Map<string, HistoryKeys>();
            for (const entry of written(req, response)) {
              if (rows.has(entry.clientId)) continue;
              const best = newest.get(entry.clientId);
              if (!best || best.at < entry.at) newest.set(entry.clientId, entry);
            }
            const clientIds = [...newest.keys()];
            const current = clientIds.length ? ((await latest.getMany({ trans, keys: clientIds })) as (ClientLastContactRow | undefined)[]) : [];
            clientIds.forEach((clientId, i) => {
              const entry = newest.get(clientId)!;
              const row = current[i];
              if (!row || row.at < entry.at) rows.set(clientId, { clientId, at: entry.at, historyId: entry.id });
            });
            if (rows.size) await latest.mutate({ type: 'put', trans, values: [...rows.values()] });
            if (gone.length) await latest.mutate({ type: 'delete', trans, keys: gone });
            return response;
          },
        };
      };
      return {
        ...down,
        transaction(stores, mode, options) {
          const widened = mode === 'readwrite' && stores.includes('history') && !stores.includes(CLIENT_LAST_CONTACTS_TABLE) ? [...stores, CLIENT_LAST_CONTACTS_TABLE] : stores;
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
 * Fills the table from the `[clientId+at]` index's keys, once, when a store made before it is
 * upgraded: one cursor step per client, newest first.
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
