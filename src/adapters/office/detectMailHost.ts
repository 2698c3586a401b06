import type { MailHost } from '../../domain/ports';
import { OfficeMailHost } from './OfficeMailHost';

/**
 * The mailbox the pane runs in: Outlook when office.js reports it, else the demo mailbox (a plain
 * browser, or office.js loaded outside Office, where onReady resolves with no host).
 */
export async function detectMailHost(): Promise<MailHost> {
  if (typeof Office !== 'undefined') {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Outlook) {
      const host = new OfficeMailHost(Office);
      await host.followSelection();
      return host;
    }
  }
  // Outlook never needs the demo's messages and people: they load only outside it.
  const { connectDemoMailHost } = await import('./demo/connectDemoMailHost');
  return connectDemoMailHost();
}
