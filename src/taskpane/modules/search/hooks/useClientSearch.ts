import { useEffect, useState } from 'react';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

/** Waits this long after the last keystroke: one query per pause, not per letter. */
const searchDebounceMs = 250;

/** Clients matching the text by name, contact email or domain; with no text, the recently changed ones. */
export function useClientSearch(text: string) {
  const app = useApp();
  const [term, setTerm] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading, error } = useLive(() => app.queries.searchClients(term), [term]);
  // Keep showing the last answer while the next one is on its way, so the list does not blink per keystroke.
  const [shown, setShown] = useState<{ term: string; hits: typeof data }>({ term, hits: data });
  if (data && data !== shown.hits) setShown({ term, hits: data });
  return { term: shown.term, hits: shown.hits, loading: loading || term !== text.trim(), error };
}
