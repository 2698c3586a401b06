import type { ImportChunk } from '../domain/rules/planImport';
import { StoreWriteError } from '../domain/StoreWriteError';
import type { ImportReport } from './dataUseCases';

/** Where a stopped import goes on from: its chunks as planned, the first one not written, and the report the whole import gives. */
export type ImportResumePoint = { chunks: readonly ImportChunk[]; next: number; report: ImportReport };

/**
 * An import that stopped while writing. Each chunk of rows is one transaction, so the first
 * `rowsImported` rows are stored whole and the rest not at all. Continuing writes the rest of the
 * same plan (the same records with the same ids), so no row is written twice, whether or not the
 * rows would match the records the first attempt created.
 */
export class ImportStoppedError extends Error {
  /** 'storage-full': the device has no room left, so freeing some helps; 'not-saved': the store refused for another reason. */
  readonly reason: 'storage-full' | 'not-saved';
  /** The browser's name for the failure, for an administrator. */
  readonly code: string;

  constructor(
    readonly rowsImported: number,
    readonly rowsTotal: number,
    readonly resumePoint: ImportResumePoint,
    cause: unknown,
  ) {
    super(`The import stopped after ${rowsImported} of ${rowsTotal} rows`, { cause });
    this.name = 'ImportStoppedError';
    this.reason = cause instanceof StoreWriteError && cause.reason === 'full' ? 'storage-full' : 'not-saved';
    this.code = cause instanceof StoreWriteError ? cause.code : cause instanceof Error ? cause.name : '';
  }
}
