import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Navigation, Route } from './Route';
import { noteFocusOnLeaving } from './useFocusHeadingOnNavigation';

/** A screen on the stack, with what it keeps of how it was left. */
type Entry = { route: Route; memory: Map<string, unknown> };

const sameRoute = (a: Route, b: Route) => JSON.stringify(a) === JSON.stringify(b);
const entryOf = (route: Route): Entry => ({ route, memory: new Map() });

/** The stack after going to `route`: Back should lead where the manager expects, not through spent screens. */
function push(stack: Entry[], route: Route): Entry[] {
  if (route.screen === 'home') return [entryOf(route)];
  const top = stack[stack.length - 1];
  if (top && sameRoute(top.route, route)) return stack;
  // A saved "Create client" form is done: Back from the new card returns to where the form was opened.
  const base = top?.route.screen === 'create-client' && route.screen === 'client' ? stack.slice(0, -1) : stack;
  // A deleted deal's screen is spent, and so is its client's screen below it, which the one arriving
  // replaces: Back leads to where the client was opened from, not to a deal that is gone.
  if (route.screen === 'client' && route.deletedDeal !== undefined) {
    const below = top?.route.screen === 'deal' ? stack.slice(0, -1) : stack;
    const under = below[below.length - 1]?.route;
    return [...(under?.screen === 'client' && under.clientId === route.clientId ? below.slice(0, -1) : below), entryOf(route)];
  }
  // A deleted client's screens (its card, its deals) are spent: Back from Find a client leads home.
  if (route.screen === 'search' && route.deletedClient !== undefined) return [stack[0] ?? HOME, entryOf(route)];
  // Search and Settings are places, not steps: going there again returns to them instead of stacking.
  if (route.screen === 'search' || route.screen === 'settings') {
    const at = base.findIndex((e) => e.route.screen === route.screen);
    if (at >= 0) return base.slice(0, at + 1);
  }
  return [...base, entryOf(route)];
}

const HOME: Entry = entryOf({ screen: 'home' });

/**
 * The pane's navigation state: a stack of routes with home at the bottom. `go` pushes (going home
 * clears the stack), `back` returns to the previous screen as it was left, down to the control that
 * had the focus (useFocusHeadingOnNavigation).
 */
export function useRouteStack(initial: Route = { screen: 'home' }): Navigation {
  const [stack, setStack] = useState<Entry[]>(() => push([HOME], initial));
  const top = stack[stack.length - 1] ?? HOME;
  const shown = useRef(top);
  useLayoutEffect(() => {
    shown.current = top;
  }, [top]);
  const go = useCallback((route: Route) => {
    // Read now, while the screen left is still drawn with the focus on what was pressed.
    noteFocusOnLeaving(shown.current.memory);
    setStack((s) => push(s, route));
  }, []);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  return useMemo(() => ({ route: top.route, memory: top.memory, go, back }), [top, go, back]);
}
