import { schemaFingerprint } from '../../../src/adapters/graph/provisionTeamSite';
import type { TeamOptions } from '../../../src/app/team/createTeam';
import { localTeamSettings, type TeamConnection, type TeamSettingsStorage } from '../../../src/app/team/TeamSettings';
import { syncTables, type SyncTable } from '../../../src/sync/syncPorts';
import { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';

/**
 * The Graph emulator with one team site, started for the file's tests (back online after each),
 * and openApp's team options for a pane of it: connected (a saved connection to the site) or not.
 */
export function emulatedTeamSite() {
  const graph = new GraphEmulator();
  const site = { id: '' };
  beforeAll(async () => {
    await graph.start();
    site.id = graph.addSite('https://contoso.sharepoint.com/sites/sales');
  });
  afterAll(() => graph.stop());
  afterEach(() => {
    graph.offline = false;
  });

  /** A connection to the site as Connect saves it. */
  const connection = (): TeamConnection => ({
    settings: { siteUrl: 'https://contoso.sharepoint.com/sites/sales', clientId: 'client-1', tenant: 'contoso.onmicrosoft.com' },
    layout: { siteId: site.id, lists: Object.fromEntries(syncTables.map((t) => [t, `list-${t}`])) as Record<SyncTable, string>, beacon: { listId: 'b', itemId: '1' }, schema: schemaFingerprint() },
  });

  /** `storage` is set: a test connects the pane later by saving connection() into it. */
  function teamOptions(dbName: string, connected: boolean): TeamOptions & { storage: TeamSettingsStorage } {
    const storage = localTeamSettings(dbName, null);
    if (connected) storage.save(connection());
    return {
      graphBaseUrl: `${graph.baseUrl}/v1.0`,
      tokensFor: async () => ({ configured: true, getToken: async () => 'token' }),
      storage,
      isOnline: () => true,
      // Syncing is not what these tests look at: no timer, no visibility trigger.
      intervalMs: 3_600_000,
      triggers: { isVisible: () => false, onVisibilityChange: () => () => undefined, onOnline: () => () => undefined },
    };
  }

  return { graph, site, teamOptions, connection };
}
