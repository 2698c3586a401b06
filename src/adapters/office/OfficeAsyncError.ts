/** An Office.js call that failed: its AsyncResult came back Failed, or the call threw before answering. */
export class OfficeAsyncError extends Error {
  /** Office's error code (e.g. 9041 for a permission error); null when the call threw before Office answered. */
  readonly code: number | null;

  constructor(
    /** The Office.js call that failed, for the administrator beside the code. */
    readonly operation: string,
    options: { code: number | null; detail: string; cause: unknown },
  ) {
    super(`${operation} failed: ${options.detail}`, { cause: options.cause });
    this.name = 'OfficeAsyncError';
    this.code = options.code;
  }
}
