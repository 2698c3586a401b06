import { DocumentUnavailableError, type DocumentFailure } from '../domain/documentPorts';

/** Why a document could not be opened, added or removed, when the library said; null for other errors. */
export function documentFailureOf(error: unknown): DocumentFailure | null {
  return error instanceof DocumentUnavailableError ? error.failure : null;
}
