/*
 * The first import of the pane's entry, so it runs before the rest of the first script evaluates:
 * the chunks the first card waits for (outside Office, the demo mailbox) download while that
 * script evaluates, instead of being requested after it.
 */
import { preloadPane } from '../app/preloadPane';

preloadPane();
