import type { ComposeHost } from '../domain/composePorts';
import type { MailSender, MailingStore, Scheduler } from '../domain/mailingPorts';
import type { AppDeps } from './AppDeps';

/**
 * The ports mailings add to the app's: their store, the sender (null where this pane cannot send:
 * Outlook without a configured team site), the compose host (null where the host offers none),
 * and time to wait on for pacing.
 */
export type MailingPorts = { mailings: MailingStore; sender: MailSender | null; compose: ComposeHost | null; scheduler: Scheduler };

export type MailingDeps = AppDeps & MailingPorts;
