import { useLayoutEffect, type RefObject } from 'react';

/**
 * Names the chart library's groups of bars (`<g role="listbox">`) in the pane's language: the library
 * names them itself, in English ("1 series and 12 bars", "Kyiv, bar group 1 of 5, with 1 bars."),
 * and offers no prop for it. It draws the bars only once it has measured its box, after this
 * component's own render, so the names are set again whenever its drawing changes.
 */
export function useBarGroupNames(box: RefObject<HTMLElement | null>, nameOf: (group: number) => string) {
  useLayoutEffect(() => {
    const root = box.current;
    if (!root) return;
    const name = () =>
      root.querySelectorAll('g[role="listbox"]').forEach((group, i) => {
        const wanted = nameOf(i);
        if (group.getAttribute('aria-label') !== wanted) group.setAttribute('aria-label', wanted);
      });
    name();
    const watch = new MutationObserver(name);
    watch.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
    return () => watch.disconnect();
  });
}
