import { OfficeAsyncError } from '../../../src/adapters/office/OfficeAsyncError';
import { officeAsync, type OfficeResult } from '../../../src/adapters/office/officeAsync';

describe('officeAsync', () => {
  it('resolves with the value of a succeeded result', async () => {
    await expect(officeAsync<string>('Reading the subject', (done) => done({ status: 'succeeded', value: 'Hello' }))).resolves.toBe('Hello');
  });

  it('rejects a failed result with an OfficeAsyncError carrying the code and the cause, without throwing inside the callback', async () => {
    const officeError = { code: 9041, name: 'PermissionDenied', message: 'The add-in does not have permission.' };
    let callback: ((result: OfficeResult<string>) => void) | undefined;
    const pending = officeAsync<string>('Reading the subject', (done) => {
      callback = done;
    });

    expect(() => callback?.({ status: 'failed', value: '', error: officeError })).not.toThrow();
    const error = await pending.catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OfficeAsyncError);
    expect(error).toMatchObject({ code: 9041, cause: officeError, message: 'Reading the subject failed: The add-in does not have permission.' });
  });

  it('rejects with an OfficeAsyncError when the call itself throws (an API this client lacks)', async () => {
    const error = await officeAsync('Reading the categories', () => {
      throw new TypeError("Cannot read properties of undefined (reading 'getAsync')");
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OfficeAsyncError);
    expect(error).toMatchObject({ code: null, cause: expect.any(TypeError) });
  });
});
