import type { Configuration, LogLevel } from '@azure/msal-browser';
import type { MsalClientOptions } from './MsalClient';

/**
 * MSAL's configuration for Clientbook. Tokens live only in MSAL's own cache: sessionStorage for the
 * standard client (it survives a pane reload, and is gone when the pane or the browser tab closes);
 * the nested client keeps its tokens in memory and Outlook holds the rest. Clientbook never writes a
 * token anywhere itself. PII logging is off; production logs MSAL errors only, development adds
 * warnings — never the verbose level Microsoft's samples ship with.
 */
export function msalConfiguration(options: MsalClientOptions, levels: typeof LogLevel): Configuration {
  return {
    auth: { clientId: options.clientId, authority: options.authority, redirectUri: options.redirectUri },
    cache: { cacheLocation: 'sessionStorage' },
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: options.production ? levels.Error : levels.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii) return;
          if (level === levels.Error) console.error(`[MSAL] ${message}`);
          else console.warn(`[MSAL] ${message}`);
        },
      },
    },
  };
}
