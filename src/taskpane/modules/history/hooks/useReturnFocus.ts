import { useLayoutEffect, useRef } from 'react';

/**
 * Takes the keyboard focus back to the button that opened a form in a list row (a planned contact's
 * Reschedule), once the form closes. The form replaces the row's buttons, so the general rule of
 * forms (the first control in the form's place) would land on the row's first button instead; and
 * a row that moves in its list after a save loses the focus as React moves it, so the focus is
 * put back until the user takes it elsewhere.
 */
export function useReturnFocus() {
  const buttons = useRef(new Map<string, HTMLElement>());
  const back = useRef<string | null>(null);
  useLayoutEffect(() => {
    const button = back.current === null ? undefined : buttons.current.get(back.current);
    if (!button) back.current = null;
    else if (document.activeElement === document.body) button.focus();
    else if (document.activeElement !== button) back.current = null;
  });
  return {
    /** Marks a button as `key`'s. */
    returnPoint: (key: string) => (button: HTMLElement | null) => {
      if (button) buttons.current.set(key, button);
      else buttons.current.delete(key);
    },
    /** Call as the form closes: the focus goes to `key`'s button as it is drawn again. */
    returnTo: (key: string) => {
      back.current = key;
    },
  };
}
