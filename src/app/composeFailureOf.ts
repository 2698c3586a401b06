import { OfficeAsyncError } from '../adapters/office/OfficeAsyncError';
import { composeFailures, type ComposeFailure } from '../domain/composePorts';

/**
 * A ComposeError told by its shape: the demo's compose window lives in the demo page's own bundle
 * and window, so its errors are neither this bundle's ComposeError nor this window's Error.
 */
function composeErrorOf(error: unknown): { reason: ComposeFailure; code: string | null } | null {
  const { composeError, reason, code } = (typeof error === 'object' && error !== null ? error : {}) as { composeError?: unknown; reason?: unknown; code?: unknown };
  if (composeError !== true || !(composeFailures as readonly unknown[]).includes(reason)) return null;
  return { reason: reason as ComposeFailure, code: reason === 'failed' && typeof code === 'string' ? code : null };
}

/**
 * Why inserting into the message being written, or opening a new one, failed, when the mail host
 * said: `code` (Office's error code and call) only where the words cannot say what to do. Null for
 * other errors.
 */
export function composeFailureOf(error: unknown): { reason: ComposeFailure; code: string | null } | null {
  // Outlook refused a call for its own reason: what an administrator looks up is its code and the call.
  if (error instanceof OfficeAsyncError) return { reason: 'failed', code: `Office.js ${error.operation}${error.code === null ? '' : ` ${error.code}`}` };
  return composeErrorOf(error);
}
