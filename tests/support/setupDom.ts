import { configure } from '@testing-library/react';

// IndexedDB (fake-indexeddb) answers on its own schedule and the test machine has two cores:
// findBy/waitFor get room beyond the 1 s default, so a busy CPU is not mistaken for a broken screen.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout, so nothing ever resizes; Fluent's MessageBar and overflow need the
// constructor. An observer that never fires is faithful for a pane that never resizes.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, {
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  });
}

// jsdom has no layout and no Element.scrollTo; with nothing to scroll, doing nothing is faithful.
if (typeof Element !== 'undefined' && !('scrollTo' in Element.prototype)) {
  Object.assign(Element.prototype, { scrollTo() {} });
}
