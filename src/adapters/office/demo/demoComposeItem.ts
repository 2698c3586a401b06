import type { ComposeItem } from '../../../domain/ports';
import type { DemoComposeWindow } from './DemoComposeWindow';

/** The id the demo's one draft has as a compose item. */
export const DEMO_DRAFT_ID = 'demo-draft';

/** The demo's open draft as the pane sees a compose item in Outlook: fields read on demand. */
export function demoComposeItem(window: DemoComposeWindow): ComposeItem {
  return {
    mode: 'compose',
    itemId: DEMO_DRAFT_ID,
    getRecipients: async () => ({ to: (window.draft()?.to ?? []).map((p) => ({ name: p.name, email: p.email })), cc: [] }),
    getSubject: async () => window.draft()?.subject ?? '',
  };
}
