import type { HistoryEntry } from '../model/HistoryEntry';
import { storedParts, type StoredPart } from '../model/LoggingSettings';

/** The lesser of what the team allows and what the author asked for: an entry never keeps more than the team allows. */
export function allowedStoredPart(teamMaximum: StoredPart, requested: StoredPart | undefined): StoredPart {
  if (!requested) return teamMaximum;
  return storedParts.indexOf(requested) < storedParts.indexOf(teamMaximum) ? requested : teamMaximum;
}

/**
 * The email entry reduced to what may be stored. The rest is not blanked for display but never
 * written at all: subject, text and attachment names are empty in the record itself, so no copy —
 * local, outbox push or SharePoint list — ever holds them.
 */
export function keepStoredPart(entry: HistoryEntry, part: StoredPart): HistoryEntry {
  const kept: HistoryEntry = { ...entry, storedPart: part };
  if (part !== 'body') {
    kept.text = '';
    if (kept.email) kept.email = { ...kept.email, attachmentNames: [] };
  }
  if (part === 'metadata') kept.subject = '';
  return kept;
}
