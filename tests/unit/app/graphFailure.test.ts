import { AuthError } from '../../../src/adapters/auth/AuthError';
import { GraphHttpError } from '../../../src/adapters/graph/GraphHttpError';
import { graphFailureOf } from '../../../src/app/graphFailure';

const graph = (status: number, code = `http${status}`) => new GraphHttpError(status, code, `GET /me/messages: ${status} Something in English`);

describe('graphFailureOf', () => {
  it('tells no answer, throttling, a service briefly down and refused access apart, with no code', () => {
    expect(graphFailureOf(graph(0, 'networkError'))).toEqual({ reason: 'offline', code: null });
    expect(graphFailureOf(graph(429, 'TooManyRequests'))).toEqual({ reason: 'throttled', code: null });
    expect(graphFailureOf(graph(503))).toEqual({ reason: 'unavailable', code: null });
    expect(graphFailureOf(graph(504))).toEqual({ reason: 'unavailable', code: null });
    expect(graphFailureOf(graph(401, 'InvalidAuthenticationToken'))).toEqual({ reason: 'no-access', code: null });
    expect(graphFailureOf(graph(403, 'ErrorAccessDenied'))).toEqual({ reason: 'no-access', code: null });
  });

  it('gives any other answer as a code an administrator can look up', () => {
    expect(graphFailureOf(graph(400, 'ErrorInvalidRequest'))).toEqual({ reason: 'failed', code: 'HTTP 400 ErrorInvalidRequest' });
  });

  it('reads the silent sign-in before the call: no network is offline, anything else its code', () => {
    expect(graphFailureOf(new AuthError('offline', 'no network'))).toEqual({ reason: 'offline', code: null });
    expect(graphFailureOf(new AuthError('failed', 'AADSTS50076: MFA required', { code: 'invalid_grant' }))).toEqual({ reason: 'failed', code: 'AADSTS50076' });
  });

  it('takes the Graph code that did not load for offline, and leaves every other failure to the screen', () => {
    expect(graphFailureOf(Object.assign(new Error('Loading chunk 12 failed.'), { name: 'ChunkLoadError' }))).toEqual({ reason: 'offline', code: null });
    expect(graphFailureOf(new DOMException('The disk is full.', 'QuotaExceededError'))).toBeNull();
    expect(graphFailureOf(new Error('boom'))).toBeNull();
  });
});
