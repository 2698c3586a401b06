import { errorMessage } from '../../../src/domain/errorMessage';

describe('errorMessage', () => {
  it("reads an Error, or an Error's subclass, as its message", () => {
    expect(errorMessage(new Error('Network down'))).toBe('Network down');
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });

  it('reads an Error with no message as empty text, not its name', () => {
    expect(errorMessage(new Error())).toBe('');
  });

  it('reads a thrown string as itself', () => {
    expect(errorMessage('Quota exceeded')).toBe('Quota exceeded');
  });

  it('reads any other thrown value as String() writes it', () => {
    expect(errorMessage({ code: 'E42' })).toBe('[object Object]');
    expect(errorMessage({ toString: () => 'custom' })).toBe('custom');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage(404)).toBe('404');
  });
});
