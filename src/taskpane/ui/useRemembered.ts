import { useCallback, useContext, useMemo, useReducer } from 'react';
import { NavigationContext } from './Route';

/**
 * Like useState, but kept with the screen's place on the navigation stack: a manager who opens a
 * deal from a client's Deals tab, or a client from the records behind a figure, and comes Back,
 * finds the tab, the choices and the list as they left them, where the screen started afresh.
 * Gone once the screen leaves the stack. `key` is unique within the screen.
 */
export function useRemembered<T>(key: string, initial: T | (() => T)): [T, (next: T | ((previous: T) => T)) => void] {
  const navigation = useContext(NavigationContext);
  // Outside navigation (a part shown on its own), kept as long as the part is.
  const memory = useMemo(() => navigation?.memory ?? new Map<string, unknown>(), [navigation?.memory]);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  if (!memory.has(key)) memory.set(key, typeof initial === 'function' ? (initial as () => T)() : initial);
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      memory.set(key, typeof next === 'function' ? (next as (previous: T) => T)(memory.get(key) as T) : next);
      rerender();
    },
    [memory, key],
  );
  return [memory.get(key) as T, set];
}
