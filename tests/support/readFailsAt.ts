/**
 * Breaks reading one table in fake-indexeddb: every whole-table read of `table` fails as a browser's
 * does when IndexedDB itself fails (DOMException 'UnknownError'), until `mend()`.
 */
export function readFailsAt(table: string): { mend: () => void } {
  const getAll = IDBObjectStore.prototype.getAll;
  const openCursor = IDBObjectStore.prototype.openCursor;
  const failing =
    <A extends unknown[], R>(read: (this: IDBObjectStore, ...args: A) => R) =>
    function (this: IDBObjectStore, ...args: A): R {
      if (this.name === table) throw new DOMException('Internal error reading the database.', 'UnknownError');
      return read.apply(this, args);
    };
  IDBObjectStore.prototype.getAll = failing(getAll);
  IDBObjectStore.prototype.openCursor = failing(openCursor);
  return {
    mend: () => {
      IDBObjectStore.prototype.getAll = getAll;
      IDBObjectStore.prototype.openCursor = openCursor;
    },
  };
}
