import { LogLevel } from '@azure/msal-browser';
import { msalConfiguration } from '../../../src/adapters/auth/msalConfiguration';

const options = {
  clientId: 'app-id',
  authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
  redirectUri: 'https://localhost:3000/auth-bridge.html',
};

describe('msalConfiguration', () => {
  it('keeps tokens in MSAL\'s own session cache and never logs personal data', () => {
    const configuration = msalConfiguration({ ...options, production: true }, LogLevel);

    expect(configuration.auth).toEqual(options);
    expect(configuration.cache?.cacheLocation).toBe('sessionStorage');
    expect(configuration.system?.loggerOptions?.piiLoggingEnabled).toBe(false);
  });

  it('logs only errors in production, and never verbosely in development', () => {
    expect(msalConfiguration({ ...options, production: true }, LogLevel).system?.loggerOptions?.logLevel).toBe(LogLevel.Error);
    expect(msalConfiguration({ ...options, production: false }, LogLevel).system?.loggerOptions?.logLevel).toBe(LogLevel.Warning);
  });

  it('drops any log line MSAL marks as containing personal data', () => {
    const log = msalConfiguration({ ...options, production: false }, LogLevel).system?.loggerOptions?.loggerCallback;
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      log?.(LogLevel.Warning, 'user olena@contoso.com', true);
      log?.(LogLevel.Warning, 'token renewal is slow', false);
      expect(warn.mock.calls).toEqual([['[MSAL] token renewal is slow']]);
    } finally {
      warn.mockRestore();
    }
  });
});
