import { StoreWriteError } from '../../domain/StoreWriteError';

/**
 * The errors a failed Dexie write wraps, outermost first: Dexie keeps the browser's error as
 * `inner` (an AbortError's inner is the transaction's error), a BulkError its `failures`.
 */
function* chain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  for (let e = error; e !== null && e !== undefined && !seen.has(e); ) {
    seen.add(e);
    yield e;
    const { inner, cause, failures } = e as { inner?: unknown; cause?: unknown; failures?: unknown };
    e = inner ?? cause ?? (Array.isArray(failures) ? failures[0] : undefined);
  }
}

const nameOf = (error: unknown) => {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
};

/** A failed IndexedDB write as the domain's StoreWriteError: full storage told apart, else the innermost error's name as the code. */
export function storeWriteError(error: unknown): StoreWriteError {
  const errors = [...chain(error)];
  const full = errors.some((e) => nameOf(e) === 'QuotaExceededError');
  const code = errors.map(nameOf).filter(Boolean).at(-1) ?? 'UnknownError';
  return new StoreWriteError(full ? 'full' : 'refused', code, { cause: error });
}

/**
 * Dexie's own errors, told without importing Dexie: screens read failures through this module before
 * the store opens, and Dexie imported first would find no IndexedDB. Each named one keeps the
 * browser's error as `inner` (null when none), a bulk one its `failures`.
 */
const isDexieError = (error: unknown) => error instanceof Error && ('inner' in error || Array.isArray((error as { failures?: unknown }).failures));

/**
 * The local store's failure, read or write, as a StoreWriteError; null for any other error. Only the
 * error itself is looked at, not its cause: an app error that wraps a store failure has words of its own.
 */
export function storeFailureOf(error: unknown): StoreWriteError | null {
  if (error instanceof StoreWriteError) return error;
  return isDexieError(error) || nameOf(error) === 'QuotaExceededError' ? storeWriteError(error) : null;
}
