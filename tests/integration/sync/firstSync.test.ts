/**
 * First sync of a big team store into an empty pane: every record arrives once, with progress,
 * at a rate compared with a raw Dexie bulkPut of the same records in the same run. FIRST_SYNC_ITEMS
 * sets the size (50,000 for a manual run).
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { entityLists } from '../../../src/adapters/graph/entityLists';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import type { Client } from '../../../src/domain/model/Client';
import { aClient } from '../../support/builders/aClient';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import { openPane, startTeam } from './support/aTeam';

const ITEMS = Number(process.env.FIRST_SYNC_ITEMS ?? 5000);

jest.setTimeout(Math.max(60_000, ITEMS * 5));

let stop: GraphEmulator['stop'] = async () => undefined;
afterAll(() => stop());

describe('first sync of a big team store', () => {
  it('brings every record into an empty pane once, reporting progress', async () => {
    const { emulator, layout } = await startTeam();
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
    const progress: number[] = [];
    pane.engine.subscribe((s) => s.phase === 'pulling' && s.progress && progress.push(s.progress.done));
    emulator.meter.reset();
    const started = performance.now();
    const report = await pane.engine.sync();
    const syncMs = performance.now() - started;
    const ru = emulator.meter.total();

    const raw = new ClientbookDb(`raw-${randomUUID()}`);
    const rawStarted = performance.now();
    await raw.clients.bulkPut(clients);
    const rawMs = performance.now() - rawStarted;

    expect(report.pulled).toBe(ITEMS);
    expect(await pane.db.clients.count()).toBe(ITEMS);
    expect(progress.at(-1)).toBe(ITEMS);
    expect(progress.length).toBeGreaterThan(2);
    const rate = ITEMS / (syncMs / 1000);
    const rawRate = ITEMS / (rawMs / 1000);
    console.log(
      `First sync of ${ITEMS} items: ${Math.round(rate)} items/s (raw bulkPut ${Math.round(rawRate)} items/s, ratio ${(rate / rawRate).toFixed(2)}); ` +
        `${ru} RU, ${((ru / ITEMS) * 1000).toFixed(1)} RU per 1,000 items`,
    );
    pane.close();
    raw.close();
  });
});
