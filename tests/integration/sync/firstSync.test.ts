/**
 * First sync of a big team store (the 50,000 clients) into a pane whose manager keeps
 * working: every record arrives once, progress is reported as pages land, and the local writes
 * made before and during the sync are neither overwritten by the pull nor lost. The rate beside a
 * raw Dexie bulkPut is printed for reference only: fake-indexeddb is no guide to the browser
 * (`npm run bench` measures it in Chromium). FIRST_SYNC_ITEMS sets a smaller size for a quick run.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { entityLists } from '../../../src/adapters/graph/entityLists';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import type { Client } from '../../../src/domain/model/Client';
import { aClient } from '../../support/builders/aClient';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import { openPane, remoteSnapshot, startTeam } from './support/aTeam';

const ITEMS = Number(process.env.FIRST_SYNC_ITEMS ?? 50_000);

// About 35 s for 50,000 on two idle cores; room for a busy machine.
jest.setTimeout(Math.max(60_000, ITEMS * 4));

let stop: GraphEmulator['stop'] = async () => undefined;
afterAll(() => stop());

describe('first sync of a big team store', () => {
  it('brings every record into the pane once, reporting progress, and keeps the local writes made meanwhile', async () => {
    const { emulator, layout } = await startTeam({ budgetPerMinute: 1e9 });
    stop = () => emulator.stop();
    const clients: Client[] = Array.from({ length: ITEMS }, (_, i) =>
      aClient({ id: `big-${i}`, name: `Client ${i}`, domains: [`client${i}.example`], notes: 'x'.repeat(200) }),
    );
    const path = `/sites/${encodeURIComponent(layout.siteId)}/lists/${layout.lists.clients}/items`;
    for (const c of clients) {
      const answer = emulator.sharePoint.handle({ method: 'POST', path, query: new URLSearchParams(), headers: {}, body: { fields: entityLists.clients.toListItemFields(c) } });
      expect(answer.status).toBe(201);
    }

    const pane = await openPane(emulator, layout);
    // Made offline before connecting: it goes up first and comes back down once, not twice.
    const madeBefore = aClient({ id: 'made-before', name: 'Made before the sync' });
    await pane.store.createClient(madeBefore, []);

    // While pages land, the manager edits a client that already arrived and adds one.
    const edited = 'big-3';
    const madeDuring = aClient({ id: 'made-during', name: 'Made during the sync' });
    let localWrites: Promise<void> | null = null;
    const progress: number[] = [];
    pane.engine.subscribe((s) => {
      if (s.phase !== 'pulling' || !s.progress) return;
      progress.push(s.progress.done);
      if (!localWrites && s.progress.done >= ITEMS / 2) {
        localWrites = (async () => {
          const client = (await pane.store.getClient(edited))!;
          await pane.store.saveClient({ ...client, phone: '+380 44 123 4567', updatedAt: new Date().toISOString() });
          await pane.store.createClient(madeDuring, []);
        })();
      }
    });

    const started = performance.now();
    const report = await pane.engine.sync();
    const syncMs = performance.now() - started;
    await localWrites;

    expect(report.pulled).toBeGreaterThanOrEqual(ITEMS);
    expect(progress.length).toBeGreaterThanOrEqual(ITEMS / 5000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(report.pulled);
    const keys = (await pane.db.clients.toCollection().primaryKeys()) as string[];
    expect(keys).toHaveLength(ITEMS + 2);
    expect(new Set(keys)).toEqual(new Set([...clients.map((c) => c.id), madeBefore.id, madeDuring.id]));
    expect((await pane.store.getClient(edited))!.phone).toBe('+380 44 123 4567');
    expect(await pane.store.pendingOutboxCount()).toBe(2);

    // The next sync sends what was written meanwhile; the team store then holds each client once.
    await pane.engine.sync();
    expect(await pane.store.pendingOutboxCount()).toBe(0);
    const remote = remoteSnapshot(emulator).clients!;
    expect(remote).toHaveLength(ITEMS + 2);
    expect(remote.find((c) => c.id === edited)!.phone).toBe('+380 44 123 4567');
    expect(remote.filter((c) => c.id === madeBefore.id || c.id === madeDuring.id)).toHaveLength(2);

    const raw = new ClientbookDb(`raw-${randomUUID()}`);
    const rawStarted = performance.now();
    await raw.clients.bulkPut(clients);
    const rawMs = performance.now() - rawStarted;
    const rate = ITEMS / (syncMs / 1000);
    const rawRate = ITEMS / (rawMs / 1000);
    console.log(`First sync of ${ITEMS} items on fake-indexeddb: ${Math.round(rate)} items/s (raw bulkPut ${Math.round(rawRate)} items/s, ratio ${(rate / rawRate).toFixed(2)})`);
    pane.close();
    raw.close();
  });
});
