import { startTransition, useEffect, useState } from 'react';
import type { AnalyticsSession } from '../../../../app/analyticsUseCases';
import { useApp } from '../../../ui/AppContext';
import { whenIdle } from '../../../ui/whenIdle';

type State = { version: number; session: AnalyticsSession | null; asOf: string | null; error: unknown };

/** `session`, calling `settled` once the first of its answers arrives (or fails). */
function settledBy(session: AnalyticsSession, settled: () => void): AnalyticsSession {
  let first = true;
  const wrap = (ask: (...args: never[]) => Promise<unknown>) => (...args: never[]) =>
    ask(...args).finally(() => {
      if (first) settled();
      first = false;
    });
  return Object.fromEntries(Object.entries(session).map(([k, v]) => [k, typeof v === 'function' ? wrap(v as (...args: never[]) => Promise<unknown>) : v])) as AnalyticsSession;
}

/**
 * One snapshot of the records for the analytics screens, opened when the screen opens (and on
 * Refresh); each figure is then asked of it (useFigure) and computed off the pane's thread. Until
 * it is open, the figures this user was last shown (kept across pane restarts) stand in for it,
 * with `asOf` telling when they were computed; the fresh session then replaces them.
 */
export function useAnalyticsSession() {
  const app = useApp();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<State>({ version: -1, session: null, asOf: null, error: null });
  useEffect(() => {
    if (!app.analytics) return;
    let live = true;
    let opened = false;
    // Refresh (any version after the first) reads the store again even if no write was seen.
    // A session arriving re-renders the whole screen (every tile and table of the figures shown):
    // as a transition, React does it in slices between frames instead of in one long task.
    app.analytics.begin({ refresh: version > 0, earlierDays: true }).then(
      ({ fresh, recalled, readAhead }) => {
        // Refresh keeps the figures on screen: only a pane's first opening needs the kept ones.
        if (version === 0) void recalled.then((session) => live && !opened && session && startTransition(() => setState({ version: -1, session, asOf: session.asOf, error: null })));
        // Once they are on screen: the read competes with the render for the device's cores.
        void recalled.then(() => whenIdle(() => live && readAhead()));
        fresh.then(
          (session) => {
            opened = true;
            if (!live) return;
            // Kept figures stay on screen, and say so, until the fresh session's first answer is in
            // (the line goes in the same transition as useFigure's new figures come). Kept figures
            // that are current are the fresh session itself: nothing changes then.
            startTransition(() =>
              setState((s) =>
                s.session === session ? { ...s, version } : s.asOf === null ? { version, session, asOf: null, error: null } : { version, session: settledBy(session, () => live && startTransition(() => setState((now) => ({ ...now, asOf: null })))), asOf: s.asOf, error: null },
              ),
            );
          },
          (error: unknown) => {
            opened = true;
            if (live) setState({ version, session: null, asOf: null, error });
          },
        );
      },
      (error: unknown) => live && setState({ version, session: null, asOf: null, error }),
    );
    return () => {
      live = false;
    };
  }, [app, version]);
  return {
    session: state.session,
    asOf: state.asOf,
    error: state.error,
    loading: state.version !== version,
    available: app.analytics !== null,
    reload: () => setVersion((v) => v + 1),
  };
}
