import { useCallback, useContext, useMemo, useReducer } from 'react';
import { AppContext } from './AppContext';
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
  return useKept(memory, key, initial);
}

// The pane's session: one app per pane, gone with it.
const sessions = new WeakMap<object, Map<string, unknown>>();

/**
 * Like useRemembered, but kept for the pane's session, across leaving the screen: work a user built
 * and has not saved (a query in Analytics) is there again when they come back to the screen afresh,
 * from Settings or from Home. `key` is unique within the pane.
 */
export function useSessionRemembered<T>(key: string, initial: T | (() => T)): [T, (next: T | ((previous: T) => T)) => void] {
  const app = useContext(AppContext);
  const memory = useMemo(() => {
    if (!app) return new Map<string, unknown>();
    let kept = sessions.get(app);
    if (!kept) sessions.set(app, (kept = new Map()));
    return kept;
  }, [app]);
  return useKept(memory, key, initial);
}

function useKept<T>(memory: Map<string, unknown>, key: string, initial: T | (() => T)): [T, (next: T | ((previous: T) => T)) => void] {
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
