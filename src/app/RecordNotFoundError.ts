export type RecordKind = 'client' | 'deal' | 'product' | 'invoice' | 'payment' | 'campaign' | 'serviceCase' | 'historyEntry' | 'referenceItem' | 'template' | 'mailing' | 'savedQuery';

/** A use case was given the id of a record that is not in the store (deleted, or not synced yet). */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(readonly kind: RecordKind, readonly id: string) {
    super(`No ${kind} with id ${id}`);
  }
}
