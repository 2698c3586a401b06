import { useCallback, useMemo, useState } from 'react';
import type { Navigation, Route } from './Route';

/**
 * The pane's navigation state: a stack of routes with home at the bottom. `go` pushes (going home
 * clears the stack), `back` returns to the previous screen.
 */
export function useRouteStack(initial: Route = { screen: 'home' }): Navigation & { depth: number } {
  const [stack, setStack] = useState<Route[]>(() => (initial.screen === 'home' ? [initial] : [{ screen: 'home' }, initial]));
  const go = useCallback((route: Route) => setStack((s) => (route.screen === 'home' ? [route] : [...s, route])), []);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  return useMemo(() => ({ route: stack[stack.length - 1] ?? { screen: 'home' }, go, back, depth: stack.length }), [stack, go, back]);
}
