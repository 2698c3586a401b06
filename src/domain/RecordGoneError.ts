/**
 * A store's save of an edit (a RecordEdit given) found the record no longer stored: a sync pull of
 * a colleague's deletion landed after the use case read it. Nothing was written or queued: written
 * whole, the edit would bring the record back for the whole team.
 */
export class RecordGoneError extends Error {
  override readonly name = 'RecordGoneError';

  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`The ${table} record ${id} was deleted before the edit was saved`);
  }
}
