import { errorMessage } from '../../domain/errorMessage';
import { OfficeAsyncError } from './OfficeAsyncError';

/** The part of Office.AsyncResult we read; test fakes hand back plain objects of this shape. */
export type OfficeResult<T> = {
  status: Office.AsyncResultStatus | string;
  value: T;
  error?: { code?: number; name?: string; message?: string } | null;
};

// Office.AsyncResultStatus.Failed is the string "failed" at run time (the typings declare a numeric
// enum); comparing the string keeps this helper independent of the global Office object.
const FAILED = 'failed';

/**
 * Turns one Office.js callback API into a Promise: it resolves with the result's value and rejects
 * with an OfficeAsyncError when Office reports Failed or the call throws. The callback itself never
 * throws, so a failure cannot escape into Office's own event loop.
 */
export function officeAsync<T>(operation: string, call: (callback: (result: OfficeResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      call((result) => {
        if (String(result.status) === FAILED) {
          const error = result.error ?? {};
          reject(new OfficeAsyncError(operation, { code: error.code ?? null, detail: error.message || error.name || 'unknown error', cause: result.error }));
        } else {
          resolve(result.value);
        }
      });
    } catch (cause) {
      reject(new OfficeAsyncError(operation, { code: null, detail: errorMessage(cause), cause }));
    }
  });
}
