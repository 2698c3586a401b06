import Dexie from 'dexie';
import { storeFailureOf, storeWriteError } from '../../../src/adapters/storage/storeWriteError';

const quota = () => new DOMException('The disk is full.', 'QuotaExceededError');

describe('storeWriteError', () => {
  it('tells full storage in each way Dexie reports it: mapped, as an aborted transaction, inside a bulk write', () => {
    const mapped = new Dexie.QuotaExceededError('The disk is full.', quota());
    const aborted = new Dexie.AbortError(quota());
    const bulk = new Dexie.BulkError('clients.bulkPut(): 1 of 500 operations failed', { 3: mapped });
    for (const error of [mapped, aborted, bulk]) expect(storeWriteError(error)).toMatchObject({ reason: 'full', code: 'QuotaExceededError', cause: error });
  });

  it('names any other refusal by the innermost error, for an administrator', () => {
    expect(storeWriteError(new Dexie.AbortError(new DOMException('Disk I/O', 'UnknownError')))).toMatchObject({ reason: 'refused', code: 'UnknownError' });
    expect(storeWriteError(new Dexie.ConstraintError('Key already exists'))).toMatchObject({ reason: 'refused', code: 'ConstraintError' });
  });
});

describe('storeFailureOf', () => {
  it('reads a failed Dexie call, read or write, and leaves any other error to its own words', () => {
    expect(storeFailureOf(new Dexie.AbortError('Transaction aborted', new DOMException('Disk I/O', 'UnknownError')))).toMatchObject({ reason: 'refused', code: 'UnknownError' });
    expect(storeFailureOf(new Dexie.QuotaExceededError('The disk is full.', quota()))).toMatchObject({ reason: 'full' });
    expect(storeFailureOf(new Dexie.DatabaseClosedError())).toMatchObject({ reason: 'refused', code: 'DatabaseClosedError' });
    expect(storeFailureOf(new TypeError('x is undefined'))).toBeNull();
    // An app error wrapping a store failure has words of its own.
    expect(storeFailureOf(new Error('The import stopped', { cause: new Dexie.AbortError(quota()) }))).toBeNull();
  });
});
