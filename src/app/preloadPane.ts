import { preloadMailHost } from '../adapters/office/preloadMailHost';

/**
 * Starts the downloads startPane will wait for. Kept apart from startPane, which imports the whole
 * app: the pane's entry calls this before the rest of its first script evaluates.
 */
export function preloadPane(): void {
  preloadMailHost();
}
