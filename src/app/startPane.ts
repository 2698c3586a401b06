import { detectMailHost } from '../adapters/office/detectMailHost';
import type { MailHost } from '../domain/ports';
import type { App } from './createApp';
import { isDemoMailbox } from './isDemoMailbox';
import { openApp } from './openApp';
import { demoTeamOptions } from './team/demoTeamOptions';

/**
 * Starts the pane's app on the mailbox it runs in: Outlook inside Office, the demo mailbox in a
 * browser (or `detected`, the one readFirstScreen found). The team demo (the demo page with ?team=) points the team store at the local emulator.
 */
export async function startPane(detected?: MailHost): Promise<App> {
  const host = detected ?? (await detectMailHost());
  return openApp(host, demoTeamOptions(host, isDemoMailbox(host), window) ?? {});
}
