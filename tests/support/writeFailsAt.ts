type Write = 'put' | 'add' | 'delete';

/**
 * Breaks writing one table in fake-indexeddb: every put, add or delete of `table` fails as a
 * browser's does, with a DOMException named `reason` ('QuotaExceededError' for full storage,
 * 'UnknownError' for IndexedDB failing on its own), until `mend()`.
 */
export function writeFailsAt(table: string, reason: 'QuotaExceededError' | 'UnknownError'): { mend: () => void } {
  const mends: (() => void)[] = [];
  for (const write of ['put', 'add', 'delete'] as const satisfies readonly Write[]) {
    const original = IDBObjectStore.prototype[write] as (...args: unknown[]) => unknown;
    IDBObjectStore.prototype[write] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === table) throw new DOMException(reason === 'QuotaExceededError' ? 'The disk is full.' : 'Disk I/O error', reason);
      return original.apply(this, args);
    } as never;
    mends.push(() => (IDBObjectStore.prototype[write] = original as never));
  }
  return { mend: () => mends.forEach((mend) => mend()) };
}
