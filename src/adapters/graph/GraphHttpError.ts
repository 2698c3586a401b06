/**
 * A failed Graph call. `status` 0 means the request never got an answer (network down, connection
 * dropped, timeout); `retryAfterMs` is the server's Retry-After when it sent one.
 */
export class GraphHttpError extends Error {
  override readonly name = 'GraphHttpError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Throttled or briefly unavailable: the same request may succeed later. */
  get isTransient(): boolean {
    return this.status === 0 || this.status === 429 || this.status === 503 || this.status === 502 || this.status === 504 || this.status === 500;
  }
}

/** What an administrator can look up for a call that got an answer ("HTTP 403 ErrorAccessDenied"); null for none. */
export function graphErrorCode(e: GraphHttpError): string | null {
  return e.status === 0 ? null : `HTTP ${e.status}${e.code ? ` ${e.code}` : ''}`;
}

/** Retry-After in ms from its two allowed forms: delta-seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs = Date.now()): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
