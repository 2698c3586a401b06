import type { MsalClientFactory } from './MsalClient';
import { msalConfiguration } from './msalConfiguration';

/**
 * The real MsalClientFactory. MSAL (about 66 KB gzip) is imported here, on the first token request,
 * so a pane with no tenant configured never downloads it.
 */
export const loadMsalClient: MsalClientFactory = async (mode, options) => {
  const msal = await import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
  const configuration = msalConfiguration(options, msal.LogLevel);
  // Outside Outlook createNestablePublicClientApplication quietly returns a standard client, so the
  // mode is decided by the NestedAppAuth 1.1 check the caller made, not left to MSAL's probe.
  return mode === 'nested'
    ? msal.createNestablePublicClientApplication(configuration)
    : msal.createStandardPublicClientApplication(configuration);
};
