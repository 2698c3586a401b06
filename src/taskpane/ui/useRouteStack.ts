import { useCallback, useMemo, useState } from 'react';
import type { Navigation, Route } from './Route';

const sameRoute = (a: Route, b: Route) => JSON.stringify(a) === JSON.stringify(b);

/** The stack after going to `route`: Back should lead where the manager expects, not through spent screens. */
function push(stack: Route[], route: Route): Route[] {
  if (route.screen === 'home') return [route];
  const top = stack[stack.length - 1];
  if (top && sameRoute(top, route)) return stack;
  // A saved "Create client" form is done: Back from the new card returns to where the form was opened.
  const base = top?.screen === 'create-client' && route.screen === 'client' ? stack.slice(0, -1) : stack;
  // Search and Settings are places, not steps: going there again returns to them instead of stacking.
  if (route.screen === 'search' || route.screen === 'settings') {
    const at = base.findIndex((r) => r.screen === route.screen);
    if (at >= 0) return base.slice(0, at + 1);
  }
  return [...base, route];
}

/**
 * The pane's navigation state: a stack of routes with home at the bottom. `go` pushes (going home
 * clears the stack), `back` returns to the previous screen.
 */
export function useRouteStack(initial: Route = { screen: 'home' }): Navigation {
  const [stack, setStack] = useState<Route[]>(() => push([{ screen: 'home' }], initial));
  const go = useCallback((route: Route) => setStack((s) => push(s, route)), []);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  return useMemo(() => ({ route: stack[stack.length - 1] ?? { screen: 'home' }, go, back }), [stack, go, back]);
}
