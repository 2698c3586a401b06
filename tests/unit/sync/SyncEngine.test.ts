import { SyncEngine, type SyncStatus } from '../../../src/sync/SyncEngine';
import { RemoteError, syncTables, type DeltaChange, type DeltaPage, type LocalSyncStore, type TeamStore } from '../../../src/sync/syncPorts';

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
    markBeaconOwed: async () => undefined,
    beaconOwed: async () => ({}),
    beaconTouched: async () => undefined,
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

/** An engine whose first sync waits at the change beacon until `release()`; `calls()` counts the syncs that read it. */
function anEngineHeldAtItsFirstSync() {
  let release = () => undefined as void;
  let calls = 0;
  const team = aTeamStore(() => {
    calls++;
    return calls === 1 ? new Promise((resolve) => (release = () => resolve(stamps))) : Promise.resolve(stamps);
  });
  return { engine: new SyncEngine({ team, local: anIdleLocalStore() }), release: () => release(), calls: () => calls };
}

describe('SyncEngine', () => {
  it('runs one sync at a time: calls made meanwhile share one more sync after it', async () => {
    const { engine, release, calls } = anEngineHeldAtItsFirstSync();
    const first = engine.sync();
    const second = engine.sync();
    const third = engine.sync();
    expect(third).toBe(second);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls()).toBe(1);
    release();
    await first;
    await second;
    expect(calls()).toBe(2);
    await engine.sync();
    expect(calls()).toBe(3);
  });

  it('starts nothing once stopped, not even the sync asked for while the last one ran', async () => {
    const { engine, release, calls } = anEngineHeldAtItsFirstSync();
    const running = engine.sync();
    const queued = engine.sync();
    await new Promise((r) => setTimeout(r, 0));
    engine.stop();
    release();
    await running;
    await expect(queued).resolves.toEqual({ pushed: 0, pulled: 0, conflicts: 0, listsPulled: [] });
    await engine.sync();
    expect(calls()).toBe(1);
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

  it('ends a sync whose list failed only once its other lists are written, so the next sync never runs beside them', async () => {
    // A late page of a failed sync, written after the next sync's push, would put back an older
    // version, or drop a record that push just created, under a link already past them.
    const colleaguesEdit: DeltaChange = { kind: 'upsert', version: { itemId: '7', eTag: 'e2', record: { id: 'p7', updatedAt: '2026-03-01T00:00:00Z' } } };
    const events: string[] = [];
    let contactsWriting = () => undefined as void;
    const contactsStarted = new Promise<void>((resolve) => (contactsWriting = resolve));
    let finishContacts = () => undefined as void;
    const contactsFinished = new Promise<void>((resolve) => (finishContacts = resolve));
    let clientsDeltas = 0;
    const team: TeamStore = {
      ...aTeamStore(async () => {
        events.push('beacon read');
        return { ...stamps, clients: 's2', contacts: 's2' };
      }),
      async delta(table) {
        if (table === 'contacts' || ++clientsDeltas > 1) return { changes: [colleaguesEdit], nextLink: null, deltaLink: `${table}-link` };
        await contactsStarted;
        throw new RemoteError('rejected', 403, 'Access denied');
      },
    };
    const local: LocalSyncStore = {
      ...anIdleLocalStore(),
      async applyPulled(table, changes) {
        if (table !== 'contacts' || events.includes('contacts written')) return changes.length;
        contactsWriting();
        await contactsFinished;
        events.push('contacts written');
        return changes.length;
      },
      saveListState: async (table) => void events.push(`${table} link saved`),
    };
    const engine = new SyncEngine({ team, local });

    const first = engine.sync();
    first.catch(() => undefined);
    await contactsStarted;
    await new Promise((r) => setTimeout(r, 10));
    const second = engine.sync();
    await new Promise((r) => setTimeout(r, 10));
    finishContacts();

    await expect(first).rejects.toMatchObject({ name: 'SyncError', message: expect.stringContaining('Access denied') });
    await second.catch(() => undefined);
    expect(events.slice(0, 4)).toEqual(['beacon read', 'contacts written', 'contacts link saved', 'beacon read']);
  });

  it('does not call the team store while the browser is offline', async () => {
    const engine = new SyncEngine({ team: aTeamStore(() => Promise.reject(new Error('called'))), local: anIdleLocalStore(), isOnline: () => false });
    await expect(engine.sync()).resolves.toMatchObject({ pushed: 0, pulled: 0 });
    expect(engine.status().phase).toBe('offline');
  });
  it('reads a big pull ahead of the writes, writes what arrived meanwhile together, in feed order, and restarts a listing whose link expired', async () => {
    const upsert = (n: number): DeltaChange => ({ kind: 'upsert', version: { itemId: String(n), eTag: `e${n}`, record: { id: `c${n}`, updatedAt: '2026-03-01T00:00:00Z' } } });
    const pages = 30;
    const pageOf = (p: number): DeltaPage => ({
      changes: Array.from({ length: 100 }, (_, i) => upsert(p * 100 + i)),
      nextLink: p < pages - 1 ? `page-${p + 1}` : null,
      deltaLink: p < pages - 1 ? null : 'fresh-link',
    });
    const asked: (string | null)[] = [];
    const team: TeamStore = {
      ...aTeamStore(async () => ({ ...stamps, clients: 's2' })),
      async delta(_table, link) {
        asked.push(link);
        if (link === 'old-link') throw new RemoteError('expired', 410, 'resync');
        return pageOf(link === null ? 0 : Number(link.slice('page-'.length)));
      },
    };
    const written: { ids: string[]; full: boolean | undefined }[] = [];
    const saved: (string | null)[] = [];
    const local: LocalSyncStore = {
      ...anIdleLocalStore(),
      listState: async (table) => ({ deltaLink: table === 'clients' ? 'old-link' : 'link', beaconSeen: 's1' }),
      async applyPulled(_table, changes, full) {
        // IndexedDB is the slow side: pages keep arriving while a write runs.
        await new Promise((r) => setTimeout(r, 5));
        written.push({ ids: changes.map((c) => (c.kind === 'upsert' ? c.version.record.id : c.itemId)), full });
        return changes.length;
      },
      saveListState: async (_table, state) => void saved.push(state.deltaLink),
    };
    const progress: number[] = [];
    const engine = new SyncEngine({ team, local });
    engine.subscribe((s) => s.phase === 'pulling' && s.progress && progress.push(s.progress.done));

    const report = await engine.sync();

    expect(asked.slice(0, 2)).toEqual(['old-link', null]);
    expect(report.pulled).toBe(pages * 100);
    expect(written.flatMap((w) => w.ids)).toEqual(Array.from({ length: pages * 100 }, (_, n) => `c${n}`));
    expect(written.length).toBeLessThan(pages);
    expect(written.every((w) => w.full === true)).toBe(true);
    expect(progress.at(-1)).toBe(pages * 100);
    expect(saved).toEqual(['fresh-link']);
  });
});
