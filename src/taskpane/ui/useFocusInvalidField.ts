import { useEffect, type RefObject } from 'react';

/**
 * After a save that flagged fields, the first flagged one in the form takes the focus: it may be
 * scrolled out of the narrow pane, and a message by the buttons does not say which it is. Only while
 * the focus is on the page (Safari leaves it there after a click) or inside `from`, the part of the
 * form just used: a field checked as the user types keeps their place.
 * `flagged` is falsy while no field is flagged; a new value (another failed save) moves the focus again.
 */
export function useFocusInvalidField(from: RefObject<HTMLElement | null>, flagged: boolean | object | null) {
  useEffect(() => {
    const part = from.current;
    const active = document.activeElement;
    if (!flagged || !part || !(active === null || active === document.body || part.contains(active))) return;
    (part.closest('form') ?? part).querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [from, flagged]);
}
