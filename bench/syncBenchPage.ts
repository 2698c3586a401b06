/*
 * Bench-only page tools for the team sync bench (bench/syncBench.mjs), built by webpack from the
 * pane's own modules into .bench/sync/: Connect's provisioning, and the sync engine on the Graph
 * client, the team store adapter and Dexie on Chromium's IndexedDB, as a connected pane runs them.
 * The product bundle never contains this file.
 */
import { GraphClient } from '../src/adapters/graph/GraphClient';
import { GraphTeamStore } from '../src/adapters/graph/GraphTeamStore';
import { provisionTeamSite } from '../src/adapters/graph/provisionTeamSite';
import type { TeamSiteLayout } from '../src/adapters/graph/TeamSiteLayout';
import { ClientbookDb } from '../src/adapters/storage/ClientbookDb';
import { DexieCrmStore } from '../src/adapters/storage/DexieCrmStore';
import { DexieSyncState } from '../src/adapters/storage/DexieSyncState';
import { browserSyncTriggers } from '../src/app/team/createTeam';
import { SyncEngine } from '../src/sync/SyncEngine';
import { SyncScheduler } from '../src/sync/SyncScheduler';
import { benchClient } from './benchData';

export type FirstSyncResult = { ms: number; pulled: number; stored: number; progressReports: number; lastProgress: number };
export type RawPutResult = { ms: number; items: number };
export type PushResult = { ms: number; pushed: number; pending: number };

type SyncBench = {
  provision(graphUrl: string, siteUrl: string): Promise<TeamSiteLayout>;
  firstSync(graphUrl: string, layout: TeamSiteLayout, dbName: string): Promise<FirstSyncResult>;
  rawPut(fromDb: string, toDb: string): Promise<RawPutResult>;
  push(graphUrl: string, layout: TeamSiteLayout, dbName: string, count: number): Promise<PushResult>;
  startIdle(graphUrl: string, layout: TeamSiteLayout, dbName: string): Promise<void>;
  stopIdle(): number;
};

declare global {
  interface Window {
    clientbookSyncBench?: SyncBench;
  }
}

const clientFor = (graphUrl: string) => new GraphClient({ baseUrl: graphUrl, token: async () => 'bench-token' });

async function openEngine(graphUrl: string, layout: TeamSiteLayout, dbName: string) {
  const db = new ClientbookDb(dbName);
  await db.open();
  const engine = new SyncEngine({ team: new GraphTeamStore(clientFor(graphUrl), layout), local: new DexieSyncState(db) });
  return { db, engine };
}

let idle: { scheduler: SyncScheduler; db: ClientbookDb; syncs: () => number } | null = null;

window.clientbookSyncBench = {
  provision: async (graphUrl, siteUrl) => (await provisionTeamSite(clientFor(graphUrl), siteUrl)).layout,

  async firstSync(graphUrl, layout, dbName) {
    const { db, engine } = await openEngine(graphUrl, layout, dbName);
    let progressReports = 0;
    let lastProgress = 0;
    engine.subscribe((s) => {
      if (s.phase !== 'pulling' || !s.progress) return;
      progressReports++;
      lastProgress = s.progress.done;
    });
    const started = performance.now();
    const report = await engine.sync();
    const ms = performance.now() - started;
    const stored = await db.clients.count();
    db.close();
    return { ms, pulled: report.pulled, stored, progressReports, lastProgress };
  },

  /** A raw bulkPut of exactly the records the sync stored, into an empty database. */
  async rawPut(fromDb, toDb) {
    const from = new ClientbookDb(fromDb);
    const records = await from.clients.toArray();
    from.close();
    const to = new ClientbookDb(toDb);
    await to.open();
    const started = performance.now();
    await to.clients.bulkPut(records);
    const ms = performance.now() - started;
    to.close();
    return { ms, items: records.length };
  },

  async push(graphUrl, layout, dbName, count) {
    const { db, engine } = await openEngine(graphUrl, layout, dbName);
    const store = new DexieCrmStore(db);
    // New clients the manager made offline: ids past the ones the team already has.
    for (let i = 0; i < count; i++) await store.createClient({ ...benchClient(900_000 + i), updatedAt: new Date().toISOString() }, []);
    const started = performance.now();
    const report = await engine.sync();
    const ms = performance.now() - started;
    const pending = await store.pendingOutboxCount();
    db.close();
    return { ms, pushed: report.pushed, pending };
  },

  /** The pane's own schedule: a sync on open, then one a minute while visible. */
  async startIdle(graphUrl, layout, dbName) {
    const { db, engine } = await openEngine(graphUrl, layout, dbName);
    let syncs = 0;
    const scheduler = new SyncScheduler(
      {
        sync: () => {
          syncs++;
          return engine.sync();
        },
      },
      browserSyncTriggers(),
    );
    scheduler.start();
    await engine.sync();
    idle = { scheduler, db, syncs: () => syncs };
  },

  stopIdle() {
    if (!idle) return 0;
    idle.scheduler.stop();
    idle.db.close();
    const syncs = idle.syncs();
    idle = null;
    return syncs;
  },
};
