import type { MailingRunner } from './MailingRunner';
import type { MailingDeps } from './MailingDeps';
import type { Mailings } from './mailingUseCases';
import { lazyUseCases } from './lazyUseCases';

/** The members of Mailings that are not async calls, so a lazy group cannot stand for them. */
type SyncMembers = 'runner' | 'fields' | 'canSend' | 'compose';

/**
 * The app's mailings before their code has loaded: every use case is a call that loads it first,
 * `load()` gives the whole group (`loaded()` once it is there) (the mailings screens ask for it before they render, so their
 * live queries read the store from their first run: a load inside a live query would stop it from
 * seeing later changes), and `runner.run()` loads it only when a mailing is running, so a pane with
 * none (nearly every start) carries no mailing code in its first script.
 */
export type LazyMailings = Omit<Mailings, SyncMembers> & { runner: Pick<MailingRunner, 'run'>; load(): Promise<Mailings>; loaded(): Mailings | null };

export function lazyMailings(deps: MailingDeps): LazyMailings {
  let loading: Promise<Mailings> | undefined;
  let loaded: Mailings | undefined;
  const load = () =>
    (loading ??= import('./mailingUseCases').then(
      ({ createMailings }) => (loaded = createMailings(deps)),
      (error: unknown) => {
        // A chunk that failed to arrive (offline for a moment) is asked for again on the next call.
        loading = undefined;
        throw error;
      },
    ));
  const runner = {
    async run() {
      if (!loaded && !(await deps.mailings.mailings()).some((m) => m.status === 'running')) return;
      await (await load()).runner.run();
    },
  };
  return lazyUseCases<Omit<Mailings, SyncMembers>, Pick<LazyMailings, 'runner' | 'load' | 'loaded' | 'resumeQueued'>>(load, {
    runner,
    load,
    loaded: () => loaded ?? null,
    /** Picks up mailings that were running when the pane was closed. */
    resumeQueued: () => runner.run(),
  });
}
