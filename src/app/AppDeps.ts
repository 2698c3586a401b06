import type { DealStore } from '../domain/dealPorts';
import type { Clock, CrmStore, IdSource, MailHost } from '../domain/ports';
import type { MailingPorts } from './MailingDeps';

/** The ports every use case works through. `deals` holds deals, money, campaigns and service cases. */
export type AppDeps = { store: CrmStore; deals: DealStore; mailHost: MailHost; clock: Clock; ids: IdSource;
  /** Templates, documents and mailing queues with their sender (issue 5); set by openApp. */
  mailing?: MailingPorts;
};
