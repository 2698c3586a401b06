/**
 * The redirect-bridge page (MSAL 5): Entra ID sends the sign-in answer here, and this page hands it
 * to the window that asked — the pane for a popup or silent renewal, the sign-in dialog page for a
 * redirect. It must be served from the pane's origin with no Cross-Origin-Opener-Policy and with
 * Cache-Control: no-store (see docs/TEAM-SETUP.md).
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  // The window stays open only when the answer could not be delivered: say so instead of a blank page.
  const failure = document.getElementById('failure');
  const code = document.getElementById('failure-code');
  if (code) code.textContent = typeof error === 'object' && error && 'errorCode' in error ? String(error.errorCode) : String(error);
  if (failure) failure.hidden = false;
});
