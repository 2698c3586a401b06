import type { DeltaLinkStore } from '../adapters/graph/GraphConversationSource';
import { safeLocalStorage } from './safeLocalStorage';

/**
 * Sent Items' deltaLink in localStorage, one per pane database and mailbox: this device's reading
 * position, not team data (like the team settings), and it must survive the pane closing so
 * auto-log does not re-read the folder. Without storage (or with the browser blocking it) it lasts
 * for the pane's life.
 */
export function localDeltaLinks(key: string, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = safeLocalStorage()): DeltaLinkStore {
  const name = `clientbook.sentItemsDelta.${key}`;
  let memory: string | null = null;
  return {
    load: () => (storage ? storage.getItem(name) : memory),
    save(link) {
      memory = link;
      if (!storage) return;
      if (link) storage.setItem(name, link);
      else storage.removeItem(name);
    },
  };
}
