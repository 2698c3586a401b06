import { useEffect, useRef, type RefObject } from 'react';
import { ControlIdentity } from './ControlIdentity';

const headingSelector = 'h1, h2';
/** A lazily loaded screen may take a moment to show its heading; after this, the heading there is takes the focus. */
const waitMs = 3000;

/**
 * The screen's first heading, once nothing above it is still loading: at home the open message's
 * part shows a spinner for a moment above the day's plan, whose heading would otherwise take the
 * focus and then slide below the message's card.
 */
function settledHeading(root: HTMLElement): HTMLElement | null {
  const heading = root.querySelector<HTMLElement>(headingSelector);
  const loading = root.querySelector('[role="progressbar"]');
  if (heading && loading && loading.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING) return null;
  return heading;
}

function focusHeading(heading: HTMLElement) {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  // Where the screen scrolls to is useKeptScroll's: Back returns to a list where it was left.
  heading.focus({ preventScroll: true });
}

/** Where a screen keeps the control it was left by, with its place on the navigation stack (useRouteStack). */
const KEY = '@focusedControl';

const focusLost = () => !document.activeElement || document.activeElement === document.body;

/**
 * Notes, as the pane goes on from a screen, which of its controls had the focus (the "Open card" or
 * the alarm pressed), so that Back finds it again; a way on from outside the screen (the header's
 * sections) leaves nothing to find.
 */
export function noteFocusOnLeaving(memory: Map<string, unknown>) {
  const root = document.activeElement?.closest('main');
  const control = root ? ControlIdentity.ofFocused(root) : undefined;
  if (control) memory.set(KEY, control);
  else memory.delete(KEY);
}

/**
 * After each navigation (not on the pane's first render), moves keyboard and screen-reader focus.
 * A screen gone back to gives it to the control it was left by, once that is drawn again: a manager
 * working through a list of records goes on from the one they opened, not from the top. Any other
 * screen gives it to its heading inside `container`, waiting for it when the screen is still
 * loading, unless the screen took the focus itself.
 */
export function useFocusHeadingOnNavigation(container: RefObject<HTMLElement | null>, route: unknown, memory: Map<string, unknown>) {
  // Compared by identity, so a re-run effect (StrictMode) or the first render does not steal focus.
  const shown = useRef(route);
  useEffect(() => {
    if (shown.current === route) return;
    shown.current = route;
    const root = container.current;
    if (!root) return;
    const keptControl = memory.get(KEY);
    const kept = keptControl instanceof ControlIdentity ? keptControl : undefined;
    const tookFocus = () => root.contains(document.activeElement) && document.activeElement !== root;
    // The new screen put the focus where its work starts (Search, on its box): that stays, unless the control it was left by comes back.
    let placed = tookFocus() ? document.activeElement : null;
    let headingDone = placed !== null;
    let done = false;
    const stop = () => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
    };
    const settle = () => {
      const control = kept?.find(root);
      // Only from what was put there meanwhile: a focus the user has moved on is theirs.
      if (control && (focusLost() || document.activeElement === placed)) {
        control.focus({ preventScroll: true });
        // A control drawn but hidden (under the records behind a figure) takes no focus: the heading stands.
        if (document.activeElement === control) {
          stop();
          return;
        }
      }
      if (!headingDone) {
        const heading = settledHeading(root);
        if (heading || tookFocus()) headingDone = true;
        if (heading && !tookFocus()) {
          focusHeading(heading);
          placed = heading;
        }
      }
      if (headingDone && (!kept || (!focusLost() && document.activeElement !== placed))) stop();
    };
    const observer = new MutationObserver(settle);
    // Still loading after the wait: the heading there is, unless the user has moved on into the screen.
    const timer = setTimeout(() => {
      stop();
      const heading = root.querySelector<HTMLElement>(headingSelector);
      if (!headingDone && heading && !root.contains(document.activeElement)) focusHeading(heading);
    }, waitMs);
    settle();
    if (!done) observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [container, route, memory]);
}
