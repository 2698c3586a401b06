type Read = 'get' | 'getAll' | 'openCursor';

/**
 * Breaks reading one table in fake-indexeddb: every read of `table` (by key, whole, or through an
 * index) fails as a browser's does when IndexedDB itself fails (DOMException 'UnknownError'), until `mend()`.
 */
export function readFailsAt(table: string): { mend: () => void } {
  const mends: (() => void)[] = [];
  const breakRead = (proto: IDBObjectStore | IDBIndex, read: Read, storeOf: (self: never) => string) => {
    const original = proto[read] as (...args: unknown[]) => unknown;
    proto[read] = function (this: never, ...args: unknown[]) {
      if (storeOf(this) === table) throw new DOMException('Internal error reading the database.', 'UnknownError');
      return original.apply(this, args);
    } as never;
    mends.push(() => (proto[read] = original as never));
  };
  for (const read of ['get', 'getAll', 'openCursor'] as const) {
    breakRead(IDBObjectStore.prototype, read, (store: IDBObjectStore) => store.name);
    breakRead(IDBIndex.prototype, read, (index: IDBIndex) => index.objectStore.name);
  }
  return { mend: () => mends.forEach((mend) => mend()) };
}
