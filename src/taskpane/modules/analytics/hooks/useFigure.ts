import { startTransition, useEffect, useRef, useState, type DependencyList } from 'react';

type State<T> = { value: T | null; error: unknown; request: number };

/**
 * A figure the session computes (in the analytics worker), asked again when `deps` change. While a
 * new answer is on its way the last one stays on screen (`current` is false meanwhile), so
 * switching period or team member does not blank the dashboard. `ask` returning null asks nothing.
 */
export function useFigure<T>(ask: () => Promise<T> | null, deps: DependencyList) {
  const requests = useRef(0);
  const [state, setState] = useState<State<T>>({ value: null, error: null, request: 0 });
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    const request = ++requests.current;
    setAsked(request);
    const pending = ask();
    if (!pending) {
      setState({ value: null, error: null, request });
      return;
    }
    let live = true;
    // A transition: React renders a whole dashboard in slices between frames, so the pane keeps
    // answering clicks and typing while the figures appear.
    pending.then(
      (value) => live && startTransition(() => setState({ value, error: null, request })),
      (error: unknown) => live && setState({ value: null, error, request }),
    );
    return () => {
      live = false;
    };
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps
  return { value: state.value, error: state.error, current: state.request === asked && asked !== 0 };
}
