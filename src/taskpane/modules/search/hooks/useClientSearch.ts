import { useEffect, useState } from 'react';
import { searchPage } from '../../../../app/queries';
import type { ClientSearch } from '../../../../domain/ports';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

/** Waits this long after the last keystroke: one query per pause, not per letter. */
const searchDebounceMs = 250;

/** How many clients to list for a search: `limit` for `term`, a page for any other. */
export type SearchShown = { term: string; limit: number };

/**
 * Clients matching the text by name, contact email or domain, the first of them (see SearchShown),
 * and how many match (findClients); with no text, the recently changed ones.
 */
export function useClientSearch(text: string, shownFor: SearchShown) {
  const app = useApp();
  const [term, setTerm] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text]);
  // By the term searched, not the text being typed: typing on keeps the longer list until the new answer.
  const limit = shownFor.term === term ? shownFor.limit : searchPage;
  const { data, loading, error } = useLive(() => app.queries.findClients(term, limit), [term, limit]);
  // Keep showing the last answer while the next one is on its way, so the list does not blink per keystroke.
  const [shown, setShown] = useState<{ term: string; found: ClientSearch | undefined }>({ term, found: data });
  if (data && data !== shown.found) setShown({ term, found: data });
  const found = shown.found;
  return { term: shown.term, hits: found?.hits, total: found?.total ?? 0, totalCapped: found?.totalCapped ?? false, loading: loading || term !== text.trim(), error };
}
