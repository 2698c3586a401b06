import { useEffect, useRef, type RefObject } from 'react';

const headingSelector = 'h1, h2';
/** A lazily loaded screen may take a moment to show its heading; after this, focus stays put. */
const waitMs = 3000;

function focusHeading(heading: HTMLElement) {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/**
 * After each navigation (not on the pane's first render), moves keyboard and screen-reader focus
 * to the new screen's heading inside `container`, waiting for it when the screen is still loading.
 */
export function useFocusHeadingOnNavigation(container: RefObject<HTMLElement | null>, route: unknown) {
  // Compared by identity, so a re-run effect (StrictMode) or the first render does not steal focus.
  const shown = useRef(route);
  useEffect(() => {
    if (shown.current === route) return;
    shown.current = route;
    const root = container.current;
    if (!root) return;
    const found = root.querySelector<HTMLElement>(headingSelector);
    if (found) {
      focusHeading(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const heading = root.querySelector<HTMLElement>(headingSelector);
      if (!heading) return;
      observer.disconnect();
      focusHeading(heading);
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), waitMs);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [container, route]);
}
