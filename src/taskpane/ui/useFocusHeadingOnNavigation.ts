import { useEffect, useRef, type RefObject } from 'react';

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

/**
 * After each navigation (not on the pane's first render), moves keyboard and screen-reader focus
 * to the new screen's heading inside `container`, waiting for it when the screen is still loading,
 * unless the screen took the focus itself.
 */
export function useFocusHeadingOnNavigation(container: RefObject<HTMLElement | null>, route: unknown) {
  // Compared by identity, so a re-run effect (StrictMode) or the first render does not steal focus.
  const shown = useRef(route);
  useEffect(() => {
    if (shown.current === route) return;
    shown.current = route;
    const root = container.current;
    if (!root) return;
    // The new screen put the focus where its work starts (Search, on its box): that stays.
    const tookFocus = () => root.contains(document.activeElement) && document.activeElement !== root;
    if (tookFocus()) return;
    const found = settledHeading(root);
    if (found) {
      focusHeading(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const heading = settledHeading(root);
      if (!heading && !tookFocus()) return;
      observer.disconnect();
      clearTimeout(timer);
      if (heading && !tookFocus()) focusHeading(heading);
    });
    observer.observe(root, { childList: true, subtree: true });
    // Still loading after the wait: the heading there is, unless the user has moved on into the screen.
    const timer = setTimeout(() => {
      observer.disconnect();
      const heading = root.querySelector<HTMLElement>(headingSelector);
      if (heading && !root.contains(document.activeElement)) focusHeading(heading);
    }, waitMs);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [container, route]);
}
