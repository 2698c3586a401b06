import type { MailHost } from '../../../domain/ports';
import { DemoMailbox, type CategoryStorage } from './DemoMailbox';
import { DemoMailHost } from './DemoMailHost';
import { demoMessages } from './demoMessages';

/** The global the demo page sets on its window, before it loads the pane, so the pane can find its mailbox. */
export const DEMO_GLOBAL = '__clientbookDemo';

type DemoWindow = Window & { [DEMO_GLOBAL]?: DemoMailbox };

/** The demo page's mailbox when this window is framed by it; null otherwise (Outlook, or a plain tab). */
export function demoMailboxOfParent(win: Window = window): DemoMailbox | null {
  if (win.parent === win) return null;
  try {
    return (win.parent as DemoWindow)[DEMO_GLOBAL] ?? null;
  } catch {
    // A cross-origin parent (Outlook on the web) throws on access: then we are not in the demo.
    return null;
  }
}

/** Makes a mailbox reachable for the pane framed by this page. Call before the pane's iframe loads. */
export function exposeDemoMailbox(mailbox: DemoMailbox, win: Window = window): void {
  (win as DemoWindow)[DEMO_GLOBAL] = mailbox;
}

function localCategoryStorage(): CategoryStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage disabled (private mode settings): categories then last for the page's life only.
    return undefined;
  }
}

/**
 * The demo MailHost. Inside the demo page's iframe it drives the page's mailbox, so selecting a
 * message there reaches the pane as ItemChanged; opened on its own it gets a mailbox of its own
 * with the demo messages and nothing selected.
 */
export function connectDemoMailHost(): MailHost {
  const mailbox = demoMailboxOfParent() ?? new DemoMailbox({ messages: demoMessages(new Date()), categoryStorage: localCategoryStorage() });
  const host = new DemoMailHost(mailbox);
  // The page's mailbox outlives this document (the page reloads the pane on a language change):
  // leave no listener of a dead document behind.
  window.addEventListener('pagehide', () => host.disconnect());
  return host;
}
