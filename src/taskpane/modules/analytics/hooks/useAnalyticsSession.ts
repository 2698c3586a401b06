import { startTransition, useEffect, useState } from 'react';
import type { AnalyticsSession } from '../../../../app/analyticsUseCases';
import { useApp } from '../../../ui/AppContext';
import { whenIdle } from '../../../ui/whenIdle';

/** `error`: no figures could be shown; `stale`: the figures on screen could not be updated. */
type State = { version: number; session: AnalyticsSession | null; asOf: string | null; error: unknown; stale?: unknown };
/** Refresh reads the store again regardless; after writes it is read as a pane start would. */
type Request = { version: number; refresh: boolean };

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
 * with `asOf` telling when they were computed; the fresh session then replaces them. Once writes
 * to the store (a sync pull, auto-log, another tab) have stopped, the figures on screen say as of
 * when and fresh ones replace them the same way.
 */
export function useAnalyticsSession() {
  const app = useApp();
  const [request, setRequest] = useState<Request>({ version: 0, refresh: false });
  const { version } = request;
  const [state, setState] = useState<State>({ version: -1, session: null, asOf: null, error: null });
  useEffect(() => {
    if (!app.analytics) return;
    let live = true;
    let opened = false;
    // Figures already on screen stay there, saying they could not be updated: nothing is lost.
    const failed = (error: unknown) => setState((s) => (s.session ? { ...s, version, stale: error } : { version, session: null, asOf: null, error }));
    // A session arriving re-renders the whole screen (every tile and table of the figures shown):
    // as a transition, React does it in slices between frames instead of in one long task.
    app.analytics.begin({ refresh: request.refresh, earlierDays: true }).then(
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
                s.session === session ? { ...s, version, asOf: null, stale: undefined } : s.asOf === null ? { version, session, asOf: null, error: null } : { version, session: settledBy(session, () => live && startTransition(() => setState((now) => ({ ...now, asOf: null })))), asOf: s.asOf, error: null },
              ),
            );
          },
          (error: unknown) => {
            opened = true;
            if (live) failed(error);
          },
        );
      },
      (error: unknown) => live && failed(error),
    );
    return () => {
      live = false;
    };
  }, [app, request, version]);
  // Followed while any figures are on screen: writes during a read for them make them out of date too.
  const shown = state.session !== null;
  useEffect(() => {
    if (!shown || !app.analytics) return;
    let following = true;
    let stop: (() => void) | null = null;
    const renew = (since: string) => {
      setState((s) => ({ ...s, asOf: s.asOf ?? since, stale: undefined }));
      setRequest((r) => ({ version: r.version + 1, refresh: false }));
    };
    void app.analytics.afterWrites(renew).then((stopIt) => (following ? (stop = stopIt) : stopIt()));
    return () => {
      following = false;
      stop?.();
    };
  }, [app, shown]);
  return {
    session: state.session,
    asOf: state.asOf,
    error: state.error,
    /** Why the figures on screen could not be updated, if they could not. */
    stale: state.stale ?? null,
    loading: state.version !== version,
    available: app.analytics !== null,
    reload: () => {
      setState((s) => ({ ...s, stale: undefined }));
      setRequest((r) => ({ version: r.version + 1, refresh: true }));
    },
  };
}
