import type { DeltaLinkStore } from '../adapters/graph/GraphConversationSource';

/**
 * Sent Items' deltaLink in localStorage, one per pane database and mailbox: this device's reading
 * position, not team data (like the team settings), and it must survive the pane closing so
 * auto-log does not re-read the folder. Without storage it lasts for the pane's life.
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

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage blocked by the browser: the link then lasts for this pane's life only.
    return null;
  }
}
