/**
 * A team for sync tests: the Graph emulator with a provisioned site, and panes that each have
 * their own IndexedDB (fake-indexeddb, a unique name per pane) and their own sync engine.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { entityLists } from '../../../../src/adapters/graph/entityLists';
import { GraphClient } from '../../../../src/adapters/graph/GraphClient';
import { GraphTeamStore } from '../../../../src/adapters/graph/GraphTeamStore';
import { provisionTeamSite } from '../../../../src/adapters/graph/provisionTeamSite';
import type { TeamSiteLayout } from '../../../../src/adapters/graph/TeamSiteLayout';
import { ClientbookDb } from '../../../../src/adapters/storage/ClientbookDb';
import { DexieCrmStore } from '../../../../src/adapters/storage/DexieCrmStore';
import { DexieSyncState } from '../../../../src/adapters/storage/DexieSyncState';
import { SyncEngine, type SyncEngineOptions } from '../../../../src/sync/SyncEngine';
import { syncTables, type SyncRecord } from '../../../../src/sync/syncPorts';
import { GraphEmulator, type GraphEmulatorOptions } from '../../../support/graph-emulator/GraphEmulator';

export const SITE_URL = 'https://contoso.sharepoint.com/sites/sales';

export type Pane = Awaited<ReturnType<typeof openPane>>;

export function graphClientFor(emulator: GraphEmulator): GraphClient {
  return new GraphClient({ baseUrl: `${emulator.baseUrl}/v1.0`, token: async () => 'test-token' });
}

export async function startTeam(options: GraphEmulatorOptions = {}) {
  const emulator = new GraphEmulator(options);
  await emulator.start();
  emulator.addSite(SITE_URL);
  const { layout } = await provisionTeamSite(graphClientFor(emulator), SITE_URL);
  return { emulator, layout };
}

export async function openPane(
  emulator: GraphEmulator,
  layout: TeamSiteLayout,
  options: { dbName?: string; engine?: Partial<SyncEngineOptions> } = {},
) {
  const dbName = options.dbName ?? `pane-${randomUUID()}`;
  const db = new ClientbookDb(dbName);
  await db.open();
  const store = new DexieCrmStore(db);
  const state = new DexieSyncState(db);
  const engine = new SyncEngine({ team: new GraphTeamStore(graphClientFor(emulator), layout), local: state, ...options.engine });
  return {
    dbName,
    db,
    store,
    state,
    engine,
    /** Every synced record of the pane, by table, sorted by id. */
    async snapshot(): Promise<Record<string, SyncRecord[]>> {
      const out: Record<string, SyncRecord[]> = {};
      for (const t of syncTables) out[t] = ((await db.table(t).toArray()) as SyncRecord[]).sort((a, b) => (a.id < b.id ? -1 : 1));
      return out;
    },
    close: () => db.close(),
  };
}

/** The records the team store holds, by table, as the mappers read them back. */
export function remoteSnapshot(emulator: GraphEmulator): Record<string, SyncRecord[]> {
  const out: Record<string, SyncRecord[]> = {};
  for (const t of syncTables) {
    const list = emulator.sharePoint.listByName(entityLists[t].displayName)!;
    out[t] = [...list.items.values()]
      .map((i) => JSON.parse(String(i.fields.cbRecord)) as SyncRecord)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return out;
}

/** How many times the change beacon has been written: panes run a list's delta only after it moved. */
export function beaconMoves(emulator: GraphEmulator, layout: TeamSiteLayout): number {
  const list = emulator.sharePoint.allLists().find((l) => l.id === layout.beacon.listId)!;
  return list.items.get(layout.beacon.itemId)!.version;
}
