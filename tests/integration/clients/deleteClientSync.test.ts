import 'fake-indexeddb/auto';
import type { TeamSiteLayout } from '../../../src/adapters/graph/TeamSiteLayout';
import { openApp } from '../../../src/app/openApp';
import type { Clock } from '../../../src/domain/ports';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import { openPane, remoteSnapshot, startTeam, type Pane } from '../sync/support/aTeam';

let emulator: GraphEmulator;
let layout: TeamSiteLayout;
const panes: Pane[] = [];
const clock: Clock = { now: () => new Date(2026, 10, 27, 10, 0, 0) };

/** A pane synced with the team store, and the app working on its IndexedDB. */
async function pane() {
  const p = await openPane(emulator, layout, { engine: { sleep: async () => undefined } });
  panes.push(p);
  return { ...p, app: await openApp(new FakeMailHost(), { dbName: p.dbName, clock }) };
}

beforeEach(async () => {
  ({ emulator, layout } = await startTeam());
});

afterEach(async () => {
  panes.splice(0).forEach((p) => p.close());
  await emulator.stop();
});

describe('a deleted client through the team store', () => {
  it('leaves the team store and the other pane with all that went with it, deleted offline and pushed at the next sync', async () => {
    const a = await pane();
    const b = await pane();
    const client = await a.app.createClient({ client: { name: 'Contoso', domains: ['contoso.com'] }, contacts: [{ name: 'Taras', position: '', emails: ['taras@contoso.com'], phones: [] }] });
    const fromTaras = aReadItem({ from: { name: 'Taras', email: 'taras@contoso.com' }, subject: 'Valves' });
    await a.app.logEmail(fromTaras, client.id);
    await a.app.planNextContact({ clientId: client.id, due: '2026-12-01', kind: 'call', note: '' });
    const deal = await a.app.deals.create({ clientId: client.id, title: 'Valves 2027', currency: 'UAH', amountMinor: 200_000 });
    await a.app.deals.savePlannedReceipt({ dealId: deal.id, number: 'INV-1', amountMinor: 100_000, issueDate: '2026-11-01', dueDate: '2026-11-30' });
    await a.app.deals.openServiceCase({ clientId: client.id, title: 'Leaking valve', description: '', severity: 'high' });
    const other = await a.app.createClient({ client: { name: 'Fabrikam' }, contacts: [] });
    await a.engine.sync();
    await b.engine.sync();
    expect((await b.app.recognizeMessage(fromTaras)).matches).toMatchObject([{ kind: 'contact', client: { id: client.id } }]);

    // Offline: the delete lands in IndexedDB and waits in the outbox.
    await a.app.deleteClient(client.id);
    expect((await a.app.queries.clientCard(client.id)).client).toBeNull();
    expect(await a.store.pendingOutboxCount()).toBeGreaterThan(0);

    await a.engine.sync();
    expect(await a.store.pendingOutboxCount()).toBe(0);
    const remote = remoteSnapshot(emulator);
    expect(remote.clients!.map((c) => c.id)).toEqual([other.id]);
    for (const table of ['contacts', 'history', 'plannedContacts', 'deals', 'invoices', 'serviceCases'] as const) expect([table, remote[table]]).toEqual([table, []]);

    await b.engine.sync();
    expect(await b.app.queries.clientCard(client.id)).toEqual({ client: null, contacts: [], history: [], plans: [] });
    expect((await b.app.deals.queries.dealCard(deal.id)).deal).toBeNull();
    expect(await b.app.clientDeletion(client.id)).toEqual({ contacts: 0, history: 0, plans: 0, deals: 0, receipts: 0, serviceCases: 0, payments: 0 });
    expect((await b.app.recognizeMessage(fromTaras)).matches).toMatchObject([{ kind: 'unknown' }]);
    expect((await b.app.queries.clientCard(other.id)).client?.name).toBe('Fabrikam');
  });
});
