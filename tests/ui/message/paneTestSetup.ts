import { configure } from '@testing-library/react';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to reflow. A pane
// in a test never resizes, so an observer that never fires is faithful enough.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}

// Live queries answer from IndexedDB on their own schedule; on a busy shared machine the
// default one second for findBy/waitFor is too tight to be a fair wait.
configure({ asyncUtilTimeout: 5000 });
