/**
 * A write the store could not make. 'full': the device's storage has no room left; 'refused': any
 * other refusal, with `code` (the browser's name for it) for an administrator. The write was one
 * transaction, so none of it was saved.
 */
export class StoreWriteError extends Error {
  constructor(
    readonly reason: 'full' | 'refused',
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(reason === 'full' ? "The device's storage is full" : `The store refused the write (${code})`, options);
    this.name = 'StoreWriteError';
  }
}
