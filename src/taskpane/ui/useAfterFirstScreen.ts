import { useEffect, useState } from 'react';

/** How long the pane's first screen has IndexedDB and the main thread to itself. */
const FIRST_SCREEN_MS = 1000;

/**
 * Whether the pane's first screen has had its moment. The open message's card and the day plan
 * come first; what they do not need (the head of sales' alarms, which read the whole store, and
 * the team's status line with its sync code) starts a moment after, once for the pane's life.
 */
export function useAfterFirstScreen(): { after: boolean } {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAfter(true), FIRST_SCREEN_MS);
    return () => clearTimeout(timer);
  }, []);
  return { after };
}
