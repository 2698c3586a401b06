import type { Clock, CrmStore, IdSource, MailHost } from '../domain/ports';

/** The ports every use case works through. */
export type AppDeps = { store: CrmStore; mailHost: MailHost; clock: Clock; ids: IdSource };
