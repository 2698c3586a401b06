import { useEffect, useState } from 'react';
import { useApp } from './AppContext';

export type LiveState<T> = { data: T | undefined; loading: boolean; error: unknown };

/**
 * Subscribes a view to a store query; it re-renders whenever the records the query read change
 * (a write in this pane, another tab, or the sync engine). `deps` (strings or numbers) re-create
 * the query; until the new query answers, the view is 'loading' rather than showing old data.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly (string | number | boolean)[]): LiveState<T> {
  const app = useApp();
  const key = deps.join('\u0000');
  const [state, setState] = useState<{ key: string; data: T | undefined; error: unknown }>({ key: '\u0001', data: undefined, error: undefined });
  useEffect(() => {
    return app.live(query).subscribe(
      (data) => setState({ key, data, error: undefined }),
      (error) => setState({ key, data: undefined, error }),
    );
    // The caller's deps define the query's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [app, key]);
  const current = state.key === key;
  return { data: current ? state.data : undefined, loading: !current, error: current ? state.error : undefined };
}
