/**
 * The team store settings of this pane, kept in localStorage (per device and mailbox, never
 * synced): the pane must read them synchronously at start to decide whether to load any sync code
 * at all, they are this device's configuration rather than team data, and a schema version of the
 * shared IndexedDB for three strings would be out of proportion. Tokens are never stored here.
 */
import type { TeamSiteLayout } from '../../adapters/graph/TeamSiteLayout';

export type TeamSettings = {
  /** The SharePoint site, e.g. "https://contoso.sharepoint.com/sites/sales". */
  siteUrl: string;
  /** The Entra ID app registration's application (client) id. */
  clientId: string;
  /** The tenant id or one of its domains. */
  tenant: string;
};

/** A connected pane: its settings and where Connect found (or made) the lists. */
export type TeamConnection = { settings: TeamSettings; layout: TeamSiteLayout };

export interface TeamSettingsStorage {
  load(): TeamConnection | null;
  save(connection: TeamConnection): void;
  clear(): void;
}

/** TeamSettingsStorage on localStorage, one entry per pane database. */
export function localTeamSettings(dbName: string, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = safeLocalStorage()): TeamSettingsStorage {
  const key = `clientbook.team.${dbName}`;
  let memory: TeamConnection | null = null;
  return {
    load() {
      if (!storage) return memory;
      try {
        const saved = JSON.parse(storage.getItem(key) ?? 'null') as TeamConnection | null;
        return saved?.settings?.siteUrl && saved.layout?.siteId ? saved : null;
      } catch {
        // An unreadable entry is no connection: the pane starts as a single-user CRM and Connect can run again.
        return null;
      }
    },
    save(connection) {
      memory = connection;
      storage?.setItem(key, JSON.stringify(connection));
    },
    clear() {
      memory = null;
      storage?.removeItem(key);
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage blocked by the browser: the connection then lasts for this pane's life only.
    return null;
  }
}
