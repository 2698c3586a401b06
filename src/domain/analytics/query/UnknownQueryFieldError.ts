/** A saved or typed query names a field its kind of record does not have. */
export class UnknownQueryFieldError extends Error {
  override readonly name = 'UnknownQueryFieldError';
  constructor(readonly records: string, readonly field: string) {
    super(`${records} have no field '${field}'`);
  }
}
