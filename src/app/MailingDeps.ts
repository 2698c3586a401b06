import type { ComposeHost } from '../domain/composePorts';
import type { DocumentLibrary } from '../domain/documentPorts';
import type { MailSender, MailingStore, Scheduler } from '../domain/mailingPorts';
import type { AppDeps } from './AppDeps';

/**
 * The ports mailings add to the app's: their store, the sender (null where this pane cannot send:
 * Outlook without a configured team site), the compose host (null where the host offers none),
 * time to wait on for pacing, and the document library templates attach from.
 */
export type MailingPorts = { mailings: MailingStore; sender: MailSender | null; compose: ComposeHost | null; scheduler: Scheduler; documents: DocumentLibrary };

export type MailingDeps = AppDeps & MailingPorts;
