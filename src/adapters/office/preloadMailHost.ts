/**
 * Starts loading the demo mailbox's code when the pane runs outside Office (no office.js, as in the
 * demo page's frame), so that detectMailHost finds it downloaded instead of fetching it then.
 * A failed download is left to detectMailHost, whose own import retries it and reports the failure.
 */
export function preloadMailHost(): void {
  if (typeof Office === 'undefined') import('./demo/connectDemoMailHost').catch(() => undefined);
}
