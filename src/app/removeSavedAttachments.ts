import type { HistoryEntry, LoggedEmail } from '../domain/model/HistoryEntry';
import type { AppDeps } from './AppDeps';

/**
 * Removes the files saved with these entries' emails from the document library (erasing a
 * person: their mail's attachments are theirs too). Rejects with DocumentUnavailableError when
 * the library cannot be reached, so the erasure is not recorded as done while files remain.
 */
export async function removeSavedAttachments(deps: Pick<AppDeps, 'mailing'>, entries: readonly HistoryEntry[]): Promise<number> {
  const library = deps.mailing?.documents;
  const ids = entries.flatMap((e) => e.email?.savedAttachments ?? []).map((a) => a.documentId);
  if (!library) return 0;
  for (const id of ids) await library.remove(id);
  return ids.length;
}

/** The logged email without its links to saved attachments (nor the list of those not saved). */
export function withoutSavedAttachments(email: LoggedEmail): LoggedEmail {
  const copy = { ...email };
  delete copy.savedAttachments;
  delete copy.skippedAttachments;
  return copy;
}
