import { useEffect, useState } from 'react';
import type { AnalyticsSession } from '../../../../app/analyticsUseCases';
import { useApp } from '../../../ui/AppContext';

type State = { version: number; session: AnalyticsSession | null; error: unknown };

/**
 * One snapshot of the records for the analytics screens, opened when the screen opens (and on
 * Refresh); each figure is then asked of it (useFigure) and computed off the pane's thread.
 */
export function useAnalyticsSession() {
  const app = useApp();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<State>({ version: -1, session: null, error: null });
  useEffect(() => {
    if (!app.analytics) return;
    let live = true;
    // Refresh (any version after the first) reads the store again even if no write was seen.
    app.analytics.open({ refresh: version > 0 }).then(
      (session) => live && setState({ version, session, error: null }),
      (error: unknown) => live && setState({ version, session: null, error }),
    );
    return () => {
      live = false;
    };
  }, [app, version]);
  return {
    session: state.session,
    error: state.error,
    loading: state.version !== version,
    available: app.analytics !== null,
    reload: () => setVersion((v) => v + 1),
  };
}
