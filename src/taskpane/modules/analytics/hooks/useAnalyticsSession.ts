import { useEffect, useState } from 'react';
import type { AnalyticsSession } from '../../../../app/analyticsUseCases';
import { useApp } from '../../../ui/AppContext';

type State = { version: number; session: AnalyticsSession | null; error: unknown };

/**
 * One snapshot of the records for the analytics screens: read once when the screen opens (and on
 * Refresh); every figure is then computed from it without waiting on IndexedDB.
 */
export function useAnalyticsSession() {
  const app = useApp();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<State>({ version: -1, session: null, error: null });
  useEffect(() => {
    if (!app.analytics) return;
    let live = true;
    app.analytics.open().then(
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
