/**
 * Fills the device's storage in fake-indexeddb: every write of a record with this name fails as a
 * browser's does when its quota is used up, until `free()`.
 */
export function diskFullAt(name: string): { free: () => void } {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if ((args[0] as { name?: unknown }).name === name) throw new DOMException('The disk is full.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  return { free: () => (IDBObjectStore.prototype.put = put) };
}
