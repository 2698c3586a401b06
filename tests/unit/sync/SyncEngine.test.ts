import { SyncEngine, type SyncStatus } from '../../../src/sync/SyncEngine';
import { RemoteError, syncTables, type LocalSyncStore, type TeamStore } from '../../../src/sync/syncPorts';

/** A local store with nothing pending and every list already synced at beacon stamp "s1". */
function anIdleLocalStore(): LocalSyncStore {
  return {
    pendingCount: async () => 0,
    pendingHead: async () => [],
    settle: async () => undefined,
    applyPulled: async () => 0,
    forgetUnseen: async () => 0,
    listState: async () => ({ deltaLink: 'link', beaconSeen: 's1' }),
    saveListState: async () => undefined,
    addConflicts: async () => undefined,
    conflicts: async () => [],
    restoreConflict: async () => undefined,
  };
}

function aTeamStore(readBeacon: TeamStore['readBeacon']): TeamStore {
  const unused = () => Promise.reject(new Error('not expected in this test'));
  return { readBeacon, write: unused, read: unused, findByEntityId: unused, delta: unused, touchBeacon: unused };
}

const stamps = Object.fromEntries(syncTables.map((t) => [t, 's1']));

describe('SyncEngine', () => {
  it('runs one sync at a time: a second call shares the running one', async () => {
    let release = () => undefined as void;
    let calls = 0;
    const team = aTeamStore(() => {
      calls++;
      return calls === 1 ? new Promise((resolve) => (release = () => resolve(stamps))) : Promise.resolve(stamps);
    });
    const engine = new SyncEngine({ team, local: anIdleLocalStore() });
    const first = engine.sync();
    const second = engine.sync();
    expect(second).toBe(first);
    await new Promise((r) => setTimeout(r, 0));
    release();
    await first;
    expect(calls).toBe(1);
    await engine.sync();
    expect(calls).toBe(2);
  });

  it('clears the slot when a sync fails and rethrows, so the next call tries again', async () => {
    let fail = true;
    const team = aTeamStore(async () => {
      if (fail) throw new RemoteError('rejected', 403, 'Access denied');
      return stamps;
    });
    const engine = new SyncEngine({ team, local: anIdleLocalStore() });
    const phases: SyncStatus['phase'][] = [];
    engine.subscribe((s) => phases.push(s.phase));
    await expect(engine.sync()).rejects.toMatchObject({ name: 'SyncError', offline: false });
    expect(engine.status()).toMatchObject({ phase: 'error', error: expect.stringContaining('Access denied') });
    fail = false;
    await expect(engine.sync()).resolves.toMatchObject({ listsPulled: [] });
    expect(engine.status()).toMatchObject({ phase: 'in-sync', error: null });
    expect(phases).toEqual(['in-sync', 'pulling', 'error', 'pulling', 'in-sync']);
  });

  it('retries a throttled call after Retry-After and says offline when the network stays down', async () => {
    const slept: number[] = [];
    let attempts = 0;
    const team = aTeamStore(async () => {
      attempts++;
      if (attempts === 1) throw new RemoteError('throttled', 429, 'Too many requests', 1500);
      throw new RemoteError('network', 0, 'no answer');
    });
    const engine = new SyncEngine({ team, local: anIdleLocalStore(), maxAttempts: 3, sleep: async (ms) => void slept.push(ms), random: () => 1 });
    await expect(engine.sync()).rejects.toMatchObject({ offline: true });
    expect(attempts).toBe(3);
    expect(slept[0]).toBeGreaterThan(1400);
    expect(engine.status().phase).toBe('offline');
  });

  it('does not call the team store while the browser is offline', async () => {
    const engine = new SyncEngine({ team: aTeamStore(() => Promise.reject(new Error('called'))), local: anIdleLocalStore(), isOnline: () => false });
    await expect(engine.sync()).resolves.toMatchObject({ pushed: 0, pulled: 0 });
    expect(engine.status().phase).toBe('offline');
  });
});
