import { detectMailHost } from '../adapters/office/detectMailHost';
import type { App } from './createApp';
import { openApp } from './openApp';

/** Starts the pane's app on the mailbox it runs in: Outlook inside Office, the demo mailbox in a browser. */
export async function startPane(): Promise<App> {
  return openApp(await detectMailHost());
}
