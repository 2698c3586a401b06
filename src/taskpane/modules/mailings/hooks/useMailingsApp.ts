import { use } from 'react';
import type { LazyMailings } from '../../../../app/lazyMailings';
import type { Mailings } from '../../../../app/mailingUseCases';
import { useApp } from '../../../ui/AppContext';

/**
 * The app's mailings; null in an app built without mailing ports (the screen then says so).
 * Their code loads with the first screen that asks (the component suspends meanwhile), so the
 * screens' live queries run on loaded code and keep following the store.
 */
export function useMailingsApp(): { mailings: Mailings | null } {
  const mailings = useApp().mailings;
  return { mailings: use(mailingsPromise(mailings)) };
}

/** Promises by app, so `use()` gets the same one on every render: React wants a cached promise. */
const promises = new WeakMap<LazyMailings, Promise<Mailings>>();
const noMailings = settled(null);

function mailingsPromise(mailings: LazyMailings | null): Promise<Mailings | null> {
  if (!mailings) return noMailings;
  const cached = promises.get(mailings);
  if (cached) return cached;
  const loaded = mailings.loaded();
  const promise = loaded ? settled(loaded) : mailings.load();
  // A chunk that failed to arrive is asked for again by the next screen that mounts (load() retries too).
  promise.catch(() => promises.delete(mailings));
  promises.set(mailings, promise);
  return promise;
}

/**
 * A promise React reads as already fulfilled (the status and value of its thenable protocol), so a
 * screen opened after the code has loaded renders at once instead of suspending for a tick.
 */
function settled<T>(value: T): Promise<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled', value });
}
