import type { DemoMailHost } from '../adapters/office/demo/DemoMailHost';
import type { MailHost } from '../domain/ports';

/**
 * The real demo mailbox, told by what it offers rather than by `instanceof`: a type-only import
 * keeps the demo's code out of the pane Outlook loads. Test fakes of kind 'demo' offer no demo
 * ports, so they are not it (they seed no demo clients and bring no demo mail ports).
 */
export function isDemoMailbox(host: MailHost): host is DemoMailHost {
  return host.kind === 'demo' && typeof (host as Partial<DemoMailHost>).demoPorts === 'function';
}
