import { useLayoutEffect, type RefObject } from 'react';

const KEY = '@scrollTop';
/** A screen may take this long to fill back in to where it was left (lazy parts, live queries). */
const restoreMs = 3000;
const userScrolls = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Keeps how far a screen was scrolled with its place on the navigation stack: Back returns to a
 * list of records at the one the manager opened, not at its top, while a screen gone to afresh
 * starts at its top. The position is put back as the screen fills in, until the user scrolls.
 */
export function useKeptScroll(container: RefObject<HTMLElement | null>, memory: Map<string, unknown>) {
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const target = typeof memory.get(KEY) === 'number' ? (memory.get(KEY) as number) : 0;
    let restoring = target > 0;
    element.scrollTo(0, target);
    const stop = () => {
      restoring = false;
    };
    // While restoring, the screen is shorter than where it was left, and the browser's clamped position is not the user's.
    const record = () => {
      if (!restoring) memory.set(KEY, element.scrollTop);
    };
    const reapply = () => {
      if (restoring) element.scrollTo(0, target);
    };
    const observer = new MutationObserver(reapply);
    observer.observe(element, { childList: true, subtree: true });
    const timer = setTimeout(stop, restoreMs);
    element.addEventListener('scroll', record, { passive: true });
    for (const type of userScrolls) element.addEventListener(type, stop, { passive: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      element.removeEventListener('scroll', record);
      for (const type of userScrolls) element.removeEventListener(type, stop);
    };
  }, [container, memory]);
}
