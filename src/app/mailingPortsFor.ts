import { OfficeComposeHost } from '../adapters/office/OfficeComposeHost';
import type { ClientbookDb } from '../adapters/storage/ClientbookDb';
import { DexieMailingStore } from '../adapters/storage/DexieMailingStore';
import type { Scheduler } from '../domain/mailingPorts';
import type { MailHost } from '../domain/ports';
import { isDemoMailbox } from './isDemoMailbox';
import { lazyDocumentLibrary } from './lazyDocumentLibrary';
import type { MailingPorts } from './MailingDeps';
import { uuidIdSource } from './uuidIdSource';

export const timerScheduler: Scheduler = {
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done);
    }),
};

/**
 * Mailing ports for a mail host: the demo mailbox sends into its Sent folder and has a compose
 * window; Outlook inserts through Office.js and sends through Graph once a team site is
 * configured (`sender`); tests pass their own.
 */
export function mailingPortsFor(db: ClientbookDb, host: MailHost, given: Partial<MailingPorts> = {}): MailingPorts {
  const demo = isDemoMailbox(host) ? host.demoPorts() : null;
  return {
    mailings: given.mailings ?? new DexieMailingStore(db),
    sender: given.sender ?? demo?.sender ?? null,
    compose: given.compose ?? (demo ? demo.compose : host.kind === 'outlook' ? new OfficeComposeHost(Office) : null),
    scheduler: given.scheduler ?? timerScheduler,
    documents:
      given.documents ??
      lazyDocumentLibrary(async () => new (await import('../adapters/storage/DexieDocumentLibrary')).DexieDocumentLibrary(db, uuidIdSource, { now: () => new Date() })),
  };
}
