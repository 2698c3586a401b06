import { RecordGoneError } from '../domain/RecordGoneError';

/** The record an edit form had open, by what names it to the manager. */
export type EditedRecord =
  | { kind: 'client' | 'contact' | 'product' | 'campaign'; name: string }
  | { kind: 'deal' | 'serviceCase'; title: string }
  | { kind: 'invoice'; number: string }
  | { kind: 'payment'; amountMinor: number; currency: string; date: string };

/**
 * An edit's save refused because a colleague deleted the record while the form was open (a sync
 * pull took it away). Nothing was saved or queued: written back, the form would have brought the
 * record back for the whole team. The form keeps its typing and names `edited`.
 */
export class DeletedWhileEditingError extends Error {
  override readonly name = 'DeletedWhileEditingError';

  constructor(readonly edited: EditedRecord) {
    super(`The ${edited.kind} was deleted while it was being edited; nothing was saved`);
  }
}

/** Runs an edit's write; the store finding the record gone in the write's own transaction is reported as `edited` deleted. */
export async function savedUnlessDeleted(edited: EditedRecord, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof RecordGoneError) throw new DeletedWhileEditingError(edited);
    throw error;
  }
}
