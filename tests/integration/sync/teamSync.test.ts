import 'fake-indexeddb/auto';
import { entityLists } from '../../../src/adapters/graph/entityLists';
import { provisionTeamSite, schemaFingerprint } from '../../../src/adapters/graph/provisionTeamSite';
import type { TeamSiteLayout } from '../../../src/adapters/graph/TeamSiteLayout';
import type { SyncStatus } from '../../../src/sync/SyncEngine';
import { GraphTeamStore } from '../../../src/adapters/graph/GraphTeamStore';
import type { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { DexieSyncState } from '../../../src/adapters/storage/DexieSyncState';
import { rowsAsStored, teamItemOf, withoutTeamItem } from '../../../src/adapters/storage/teamItems';
import { defaultReferenceItems } from '../../../src/domain/rules/defaultReferenceItems';
import { openApp } from '../../../src/app/openApp';
import { SyncEngine } from '../../../src/sync/SyncEngine';
import type { SyncRecord, SyncTable, TeamStore } from '../../../src/sync/syncPorts';
import { aClient, aContact } from '../../support/builders/aClient';
import { FakeMailHost } from '../../support/fakeMailHost';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import { beaconMoves, graphClientFor, openPane, remoteSnapshot, SITE_URL, startTeam, type Pane } from './support/aTeam';

let emulator: GraphEmulator;
let layout: TeamSiteLayout;
const panes: Pane[] = [];
const fastSleep = { sleep: async () => undefined };

async function pane(options: Parameters<typeof openPane>[2] = {}): Promise<Pane> {
  const p = await openPane(emulator, layout, { ...options, engine: { ...fastSleep, ...options.engine } });
  panes.push(p);
  return p;
}

beforeEach(async () => {
  ({ emulator, layout } = await startTeam());
});

afterEach(async () => {
  panes.splice(0).forEach((p) => p.close());
  await emulator.stop();
});

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** Two panes that both synced one client the first created. */
async function twoPanesWithOneClient() {
  const a = await pane();
  const b = await pane();
  const client = aClient({ name: 'Contoso', phone: '1', website: 'contoso.com', notes: '' });
  await a.store.saveClient(client);
  await a.engine.sync();
  await b.engine.sync();
  return { a, b, client };
}

describe('provisioning the team site', () => {
  it('creates the lists once and reports nothing on a second run', async () => {
    const second = await provisionTeamSite(graphClientFor(emulator), SITE_URL);
    expect(second.created).toEqual([]);
    expect(second.layout).toEqual(layout);
    expect(layout.schema).toBe(schemaFingerprint());
    const clients = emulator.sharePoint.listByName('Clientbook Clients')!;
    const entityId = clients.columns.find((c) => c.name === 'cbEntityId')!;
    expect(entityId).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(clients.columns.find((c) => c.name === 'domains')).toMatchObject({ indexed: true });
    expect(emulator.sharePoint.listByName('Clientbook Contacts')!.columns.find((c) => c.name === 'emails')).toMatchObject({ indexed: true });
    expect(emulator.sharePoint.listByName('Clientbook Next contacts')!.columns.find((c) => c.name === 'dueDate')).toMatchObject({ indexed: true, kind: 'dateTime' });
  });

  it('upgrades a list that lacks a column or an index, and says so', async () => {
    const clients = emulator.sharePoint.listByName('Clientbook Clients')!;
    clients.columns = clients.columns.filter((c) => c.name !== 'owner');
    clients.columns.find((c) => c.name === 'domains')!.indexed = false;
    const again = await provisionTeamSite(graphClientFor(emulator), SITE_URL);
    expect(again.created).toEqual(['index Clientbook Clients.domains', 'column Clientbook Clients.owner']);
    expect((await provisionTeamSite(graphClientFor(emulator), SITE_URL)).created).toEqual([]);
  });

  it('reports everything it created on the first connect, and finds the site with or without a trailing slash', async () => {
    emulator.addSite('https://contoso.sharepoint.com/sites/support');
    const created = (await provisionTeamSite(graphClientFor(emulator), 'https://contoso.sharepoint.com/sites/support')).created;
    expect(created.filter((c) => c.startsWith('list'))).toHaveLength(Object.keys(entityLists).length + 1);
    expect(created).toContain('list "Clientbook Clients"');
    expect(created).toContain('change beacon item');
    expect((await provisionTeamSite(graphClientFor(emulator), 'https://contoso.sharepoint.com/sites/support/')).created).toEqual([]);
  });
});

describe('two managers connecting at the same moment', () => {
  it('end up with one set of lists and the same change beacon', async () => {
    emulator.addSite('https://contoso.sharepoint.com/sites/emea');
    const url = 'https://contoso.sharepoint.com/sites/emea';
    const [one, two] = await Promise.all([provisionTeamSite(graphClientFor(emulator), url), provisionTeamSite(graphClientFor(emulator), url)]);
    expect(one.layout).toEqual(two.layout);
    // One list of each name on each of the two sites (sales and emea), none doubled.
    const names = emulator.sharePoint.allLists().map((l) => l.displayName);
    expect(names.length).toBe(2 * new Set(names).size);
  });
});

describe('SyncEngine against the Graph emulator', () => {
  it('carries a new client with its contacts to another pane, then an edit and a delete back', async () => {
    const a = await pane();
    const b = await pane();
    const client = aClient({ name: 'Fabrikam', domains: ['fabrikam.com'] });
    const olena = aContact({ clientId: client.id, emails: ['olena@fabrikam.com'] });
    const taras = aContact({ clientId: client.id, name: 'Taras', emails: ['taras@fabrikam.com'] });
    await a.store.createClient(client, [olena, taras]);

    const pushed = await a.engine.sync();
    expect(pushed.pushed).toBe(3);
    expect(a.engine.status()).toMatchObject({ phase: 'in-sync', pending: 0 });
    await b.engine.sync();
    expect(await b.store.getClient(client.id)).toEqual(client);
    expect((await b.store.contactsByEmails(['taras@fabrikam.com'])).map((c) => c.id)).toEqual([taras.id]);
    expect(await b.store.pendingOutboxCount()).toBe(0);

    await b.store.saveClient({ ...client, phone: '+380 44 000 00 00', updatedAt: at(5) });
    await b.store.deleteContact(taras.id);
    await b.engine.sync();
    await a.engine.sync();
    expect((await a.store.getClient(client.id))?.phone).toBe('+380 44 000 00 00');
    expect(await a.store.contactsOf(client.id)).toEqual([olena]);
    expect(remoteSnapshot(emulator).contacts).toEqual([olena]);
  });

  it('carries a planned contact moved to another day, and one removed, to another pane', async () => {
    const a = await pane();
    const b = await pane();
    const client = aClient({ name: 'Fabrikam' });
    await a.store.createClient(client, []);
    const plan = (day: number, note: string) => ({ id: `plan-${day}`, clientId: client.id, due: `2026-12-${day}`, kind: 'call', note, owner: 'maria@clientbook.example', status: 'open' as const, doneAt: '', doneByEntryId: '', createdAt: at(1), updatedAt: at(1) });
    await a.store.savePlannedContact(plan(10, 'Budget'));
    await a.store.savePlannedContact(plan(11, 'Samples'));
    await a.engine.sync();
    await b.engine.sync();

    await b.store.savePlannedContact({ ...plan(10, 'Budget'), due: '2026-12-17', updatedAt: at(2) });
    await b.store.deletePlannedContact('plan-11');
    await b.engine.sync();
    await a.engine.sync();
    expect((await a.store.plannedContactsOf(client.id)).map((p) => [p.note, p.due])).toEqual([['Budget', '2026-12-17']]);
    expect(remoteSnapshot(emulator).plannedContacts).toEqual([expect.objectContaining({ id: 'plan-10', due: '2026-12-17' })]);
  });

  it('merges two panes editing one client field by field and logs the same-field conflict, restorably', async () => {
    const { a, b, client } = await twoPanesWithOneClient();

    await a.store.saveClient({ ...client, phone: '2', notes: 'from A', updatedAt: at(1) });
    await b.store.saveClient({ ...client, website: 'contoso.ua', notes: 'from B', updatedAt: at(2) });
    await a.engine.sync();
    const merge = await b.engine.sync();
    expect(merge.conflicts).toBe(1);
    await a.engine.sync();

    const expected = { phone: '2', website: 'contoso.ua', notes: 'from B' };
    expect(await a.store.getClient(client.id)).toMatchObject(expected);
    expect(await b.store.getClient(client.id)).toMatchObject(expected);
    const [conflict] = await b.state.conflicts();
    expect(conflict).toMatchObject({ table: 'clients', key: client.id, field: 'notes', kept: 'from B', lost: 'from A', restoredAt: null });

    await b.state.restoreConflict(conflict!.id, at(9));
    expect((await b.state.conflicts())[0]!.restoredAt).toBe(at(9));
    await b.engine.sync();
    await a.engine.sync();
    expect(await a.store.getClient(client.id)).toMatchObject({ ...expected, notes: 'from A' });
  });

  it('keeps a colleague’s website that synced in while an edit form was open, beside the notes saved from it', async () => {
    const { a, b, client } = await twoPanesWithOneClient();
    const opened = (await b.store.getClient(client.id))!;
    await a.store.saveClient({ ...client, website: 'contoso.ua', updatedAt: at(1) });
    await a.engine.sync();
    await b.engine.sync();

    const formsOfB = await openApp(new FakeMailHost(), { dbName: b.dbName, clock: { now: () => new Date(at(5)) } });
    await formsOfB.saveClient({ ...opened, notes: 'Budget approved in March' }, opened);
    await b.engine.sync();
    await a.engine.sync();

    const both = { website: 'contoso.ua', notes: 'Budget approved in March' };
    expect(await a.store.getClient(client.id)).toMatchObject(both);
    expect(await b.store.getClient(client.id)).toMatchObject(both);
    expect(remoteSnapshot(emulator).clients!.find((c) => c.id === client.id)).toMatchObject(both);
    expect(await b.state.conflicts()).toEqual([]);
  });

  it('leaves a client a colleague deleted deleted everywhere when Edit card, open meanwhile, is saved after the pull', async () => {
    const { a, b, client } = await twoPanesWithOneClient();
    const opened = (await a.store.getClient(client.id))!;
    await b.store.deleteClient(client.id);
    await b.engine.sync();
    await a.engine.sync();

    const formsOfA = await openApp(new FakeMailHost(), { dbName: a.dbName, clock: { now: () => new Date(at(5)) } });
    await expect(formsOfA.saveClient({ ...opened, notes: 'Budget approved in March' }, opened)).rejects.toMatchObject({ name: 'DeletedWhileEditingError', edited: { kind: 'client', name: 'Contoso' } });
    await a.engine.sync();
    await b.engine.sync();

    expect(await a.store.getClient(client.id)).toBeUndefined();
    expect(await b.store.getClient(client.id)).toBeUndefined();
    expect(remoteSnapshot(emulator).clients!.find((c) => c.id === client.id)).toBeUndefined();
  });

  it('keeps edits made offline and sends them on reconnect', async () => {
    let online = false;
    const a = await pane({ engine: { isOnline: () => online } });
    const b = await pane();
    const statuses: SyncStatus['phase'][] = [];
    a.engine.subscribe((s) => statuses.push(s.phase));
    const client = aClient({ name: 'Offline Ltd' });
    await a.store.saveClient(client);
    await a.store.saveClient({ ...client, status: 'customer', updatedAt: at(3) });
    expect(await a.engine.sync()).toMatchObject({ pushed: 0 });
    expect(a.engine.status()).toMatchObject({ phase: 'offline', pending: 2 });
    expect(emulator.httpRequests).toBeGreaterThan(0);
    const before = emulator.httpRequests;

    // The browser thinks it is online, but the network is down.
    online = true;
    emulator.offline = true;
    await expect(a.engine.sync()).rejects.toMatchObject({ name: 'SyncError', offline: true });
    expect(a.engine.status()).toMatchObject({ phase: 'offline', pending: 2 });
    expect(emulator.httpRequests).toBeGreaterThan(before);

    emulator.offline = false;
    await a.engine.sync();
    await b.engine.sync();
    expect(await b.store.getClient(client.id)).toMatchObject({ status: 'customer' });
    expect(statuses).toEqual(expect.arrayContaining(['offline', 'pushing', 'pulling', 'in-sync']));
  });

  it('loses nothing when the pane closes in the middle of a push, and duplicates nothing on reopen', async () => {
    const a = await pane();
    const clients = Array.from({ length: 100 }, (_, i) => aClient({ name: `Client ${i}` }));
    for (const c of clients) await a.store.saveClient(c);
    await a.store.saveClient({ ...clients[0]!, notes: 'edited before close', updatedAt: at(7) });

    // A team store that dies with the pane: the third $batch reaches SharePoint, its answer never comes back.
    const real = new GraphTeamStore(graphClientFor(emulator), layout);
    let batches = 0;
    const dying: TeamStore = Object.assign(Object.create(real) as TeamStore, {
      write: async (writes: Parameters<TeamStore['write']>[0]) => {
        batches++;
        const outcomes = await real.write(writes);
        if (batches >= 3) throw new Error('pane closed');
        return outcomes;
      },
    });
    await expect(new SyncEngine({ team: dying, local: new DexieSyncState(a.db), maxInFlight: 1 }).sync()).rejects.toThrow('pane closed');
    const inStore = emulator.sharePoint.listByName('Clientbook Clients')!.items.size;
    expect(inStore).toBeGreaterThanOrEqual(40);
    expect(inStore).toBeLessThan(100);
    a.close();

    const reopened = await pane({ dbName: a.dbName });
    expect(await reopened.store.pendingOutboxCount()).toBeGreaterThan(0);
    await reopened.engine.sync();
    expect(await reopened.store.pendingOutboxCount()).toBe(0);
    const remote = remoteSnapshot(emulator).clients!;
    expect(remote).toHaveLength(100);
    expect(new Set(remote.map((c) => c.id)).size).toBe(100);
    expect(remote.find((c) => c.id === clients[0]!.id)).toMatchObject({ notes: 'edited before close' });
    expect(await reopened.state.conflicts()).toEqual([]);
  });

  it('shares one set of default picklists when every pane seeded its own', async () => {
    const a = await pane();
    const b = await pane();
    const defaults = defaultReferenceItems(at(0));
    await a.store.seedReferenceItems(defaults);
    await b.store.seedReferenceItems(defaultReferenceItems(at(1)));
    await a.engine.sync();
    await b.engine.sync();
    await a.engine.sync();
    expect(remoteSnapshot(emulator).referenceItems).toHaveLength(defaults.length);
    expect((await a.snapshot()).referenceItems).toEqual((await b.snapshot()).referenceItems);
    expect(await b.state.conflicts()).toEqual([]);
  });

  it('honours Retry-After on 429 and 503, outer and inner, pausing the whole queue', async () => {
    const slept: number[] = [];
    // The gate measures pauses on the engine's clock: one that only sleeping moves keeps them exact on a busy machine.
    let clockMs = Date.parse('2026-11-27T10:00:00.000Z');
    const sleep = async (ms: number) => {
      slept.push(ms);
      clockMs += ms;
    };
    const a = await pane({ engine: { sleep, now: () => new Date(clockMs) } });
    for (let i = 0; i < 30; i++) await a.store.saveClient(aClient({ name: `C${i}` }));
    emulator.failNext(1, { status: 429, retryAfterSeconds: 3 }, 'outer');
    emulator.failNext(2, { status: 503, retryAfterSeconds: 2 }, 'inner');
    await a.engine.sync();
    expect(slept.some((ms) => ms > 2900 && ms <= 3000)).toBe(true);
    expect(slept.some((ms) => ms > 1900 && ms <= 2000)).toBe(true);
    expect(remoteSnapshot(emulator).clients).toHaveLength(30);
    expect(await a.store.pendingOutboxCount()).toBe(0);
  });

  it('waits for real when the service says so', async () => {
    const a = await pane({ engine: { sleep: undefined } });
    await a.store.saveClient(aClient());
    emulator.failNext(1, { status: 429, retryAfterSeconds: 1 }, 'outer');
    const started = Date.now();
    await a.engine.sync();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await a.store.pendingOutboxCount()).toBe(0);
  });

  // The write landed but its answer was lost: the retry meets 412 (an edit) or 409 (a create) and
  // settles through the merge. Colleagues run a list's delta only when its change beacon moved.
  it('brings a colleague an edit whose answer was lost on the way back', async () => {
    const { a, b, client } = await twoPanesWithOneClient();
    await a.store.saveClient({ ...client, phone: '2', updatedAt: at(1) });
    emulator.dropNext(1, 'after');
    await a.engine.sync();
    await b.engine.sync();
    expect(await b.store.getClient(client.id)).toMatchObject({ phone: '2' });
  });

  it('brings a colleague a new client whose answer was lost on the way back', async () => {
    const { a, b } = await twoPanesWithOneClient();
    const fabrikam = aClient({ name: 'Fabrikam' });
    await a.store.saveClient(fabrikam);
    emulator.dropNext(1, 'after');
    await a.engine.sync();
    await b.engine.sync();
    expect(await b.store.getClient(fabrikam.id)).toMatchObject({ name: 'Fabrikam' });
  });

  it('brings a colleague a change whose pane closed after the write reached the team store and before the beacon was touched', async () => {
    const { a, b } = await twoPanesWithOneClient();
    const fabrikam = aClient({ name: 'Fabrikam' });
    await a.store.saveClient(fabrikam);
    const real = new GraphTeamStore(graphClientFor(emulator), layout);
    const closing: TeamStore = Object.assign(Object.create(real) as TeamStore, {
      touchBeacon: () => Promise.reject(new Error('pane closed')),
    });
    await expect(new SyncEngine({ team: closing, local: new DexieSyncState(a.db) }).sync()).rejects.toThrow('pane closed');
    expect(remoteSnapshot(emulator).clients!.map((c) => c.name)).toContain('Fabrikam');
    a.close();

    const reopened = await pane({ dbName: a.dbName });
    await reopened.engine.sync();
    await b.engine.sync();

    expect(await b.store.getClient(fabrikam.id)).toMatchObject({ name: 'Fabrikam' });
    await reopened.engine.sync();
    const touches = beaconMoves(emulator, layout);
    await reopened.engine.sync();
    expect(beaconMoves(emulator, layout)).toBe(touches);
  });

  it('resyncs a list fully when its delta link expired, keeping local pending writes', async () => {
    const a = await pane();
    const b = await pane();
    const kept = aClient({ name: 'Kept' });
    const goneThere = aClient({ name: 'Deleted in SharePoint' });
    const editedHere = aClient({ name: 'Edited here' });
    for (const c of [kept, goneThere, editedHere]) await a.store.saveClient(c);
    await a.engine.sync();
    await b.engine.sync();

    // Someone deletes an item in SharePoint and A edits another; then B's delta link expires.
    const list = emulator.sharePoint.listByName('Clientbook Clients')!;
    const itemOf = (id: string) => [...list.items.values()].find((i) => i.fields.cbEntityId === id)!;
    const items = `/sites/${encodeURIComponent(layout.siteId)}/lists/${layout.lists.clients}/items`;
    await graphClientFor(emulator).request('DELETE', `${items}/${itemOf(goneThere.id).id}`);
    await a.store.saveClient({ ...editedHere, phone: 'from A', updatedAt: at(1) });
    await a.engine.sync();
    emulator.sharePoint.expireDeltaTokens('Clientbook Clients');

    // The manager on B edits the same client while B's pull is running.
    const real = new GraphTeamStore(graphClientFor(emulator), layout);
    let edited = false;
    const team: TeamStore = Object.assign(Object.create(real) as TeamStore, {
      delta: async (table: SyncTable, link: string | null) => {
        if (table === 'clients' && !edited) {
          edited = true;
          await b.store.saveClient({ ...editedHere, website: 'from B', updatedAt: at(2) });
        }
        return real.delta(table, link);
      },
    });
    const engine = new SyncEngine({ team, local: b.state, ...fastSleep });
    await engine.sync();
    expect((await b.snapshot()).clients!.map((c) => c.name).sort()).toEqual(['Edited here', 'Kept']);
    expect(await b.store.getClient(editedHere.id)).toMatchObject({ phone: '', website: 'from B' });
    expect(await b.store.pendingOutboxCount()).toBe(1);

    await engine.sync();
    await a.engine.sync();
    for (const p of [a, b]) expect(await p.store.getClient(editedHere.id)).toMatchObject({ phone: 'from A', website: 'from B' });
  });

  it('costs an idle pane one resource unit a minute: the beacon read, and a delta only for a list that moved', async () => {
    const a = await pane();
    const b = await pane();
    await a.store.saveClient(aClient());
    await a.engine.sync();
    await b.engine.sync();
    await b.engine.sync();
    emulator.meter.reset();
    const minutes = 10;
    for (let m = 0; m < minutes; m++) await b.engine.sync();
    const perMinute = emulator.meter.total() / minutes;
    console.log(`Idle pane: ${perMinute} RU per pane-minute`, emulator.meter.breakdown());
    expect(perMinute).toBeLessThanOrEqual(1);

    await a.store.saveContact(aContact({ clientId: 'x' }));
    await a.engine.sync();
    emulator.meter.reset();
    const report = await b.engine.sync();
    expect(report.listsPulled).toEqual(['contacts']);
    expect(emulator.meter.total()).toBe(2);
  });

  it('keeps at most four Graph calls in flight and reports RU per 1,000 items', async () => {
    const a = await pane();
    const b = await pane();
    const many = Array.from({ length: 500 }, (_, i) => aClient({ name: `Bulk ${i}` }));
    for (let i = 0; i < many.length; i += 100) {
      const slice = many.slice(i, i + 100);
      await a.db.transaction('rw', a.db.clients, a.db.outbox, async () => {
        await a.db.clients.bulkPut(slice);
        await a.db.outbox.bulkAdd(slice.map((c) => ({ table: 'clients' as const, key: c.id, op: 'upsert' as const, at: at(0) })));
      });
    }
    emulator.latencyMs = 5;
    emulator.meter.reset();
    emulator.maxConcurrent = 0;
    const progress: (number | null)[] = [];
    a.engine.subscribe((s) => s.phase === 'pushing' && progress.push(s.progress?.done ?? null));
    await a.engine.sync();
    const pushRu = emulator.meter.total();
    emulator.meter.reset();
    await b.engine.sync();
    const pullRu = emulator.meter.total();
    console.log(`RU per 1,000 items: push ${(pushRu / many.length) * 1000}, first pull ${(pullRu / many.length) * 1000}`);
    expect(emulator.maxConcurrent).toBeLessThanOrEqual(4);
    expect(progress.at(-1)).toBe(500);
    expect((await b.store.countClients())).toBe(500);
  });
});

/*
 * Each synced record keeps its item in the team store (item id, eTag) on its own row while it has
 * no local edits, and its agreement moves to the agreements table at its first local edit
 * (src/adapters/storage/teamItems.ts). What a user relies on: edits, deletions and merges work on
 * records that came with a first sync, and no record the app reads or exports carries the
 * bookkeeping.
 */
/** A table's rows as IndexedDB holds them, TeamItem included. */
async function stored(db: ClientbookDb, table: 'clients' | 'contacts'): Promise<SyncRecord[]> {
  return db.transaction('r', db.table(table), async () => {
    const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
    return (await rowsAsStored<SyncRecord>(db, table, keys)).filter((r): r is SyncRecord => !!r);
  });
}

const storedClients = (db: ClientbookDb) => stored(db, 'clients');

/** A pane that created a client and its contact and pushed them, and a second pane whose first sync brought them. */
async function aClientFromAFirstSync() {
  const a = await pane();
  const b = await pane();
  const client = aClient({ name: 'Contoso', phone: '1', website: 'contoso.com', notes: '' });
  const contact = aContact({ clientId: client.id, name: 'Olena Hnatiuk', emails: ['olena@contoso.com'] });
  await a.store.saveClient(client);
  await a.store.saveContact(contact);
  await a.engine.sync();
  await b.engine.sync();
  return { a, b, client, contact };
}

const contactsOf = (p: Pane, email = 'olena@contoso.com') => p.store.contactsByEmails([email]);

describe('a record’s item in the team store', () => {
  it('is kept on the record’s own row after a first sync, and never shows in what the app reads', async () => {
    const { b, client } = await aClientFromAFirstSync();

    const [row] = await storedClients(b.db);
    expect(teamItemOf(row)).toEqual({ itemId: expect.any(String), eTag: expect.any(String) });
    expect(await b.db.syncMeta.count()).toBe(0);
    expect(await b.store.getClient(client.id)).toEqual(client);
    expect((await b.db.clients.toArray())[0]).not.toHaveProperty('teamItem');
  });

  it('lets a record from a first sync be edited in both panes and merged field by field, with no conflict', async () => {
    const { a, b, client } = await aClientFromAFirstSync();

    await a.store.saveClient({ ...client, phone: '2', updatedAt: at(1) });
    await b.store.saveClient({ ...client, website: 'contoso.ua', updatedAt: at(2) });
    // B's edit moved the agreement, with the version B had, out of the row.
    expect(await b.db.syncMeta.count()).toBe(1);
    expect(teamItemOf((await storedClients(b.db))[0])).toBeUndefined();
    await a.engine.sync();
    const merge = await b.engine.sync();
    await a.engine.sync();

    expect(merge.conflicts).toBe(0);
    expect(await a.store.getClient(client.id)).toMatchObject({ phone: '2', website: 'contoso.ua' });
    expect(await b.store.getClient(client.id)).toMatchObject({ phone: '2', website: 'contoso.ua' });
    // Agreed again: back on the row, and nothing left in the agreements table.
    expect(await b.db.syncMeta.count()).toBe(0);
    expect(teamItemOf((await storedClients(b.db))[0])).toBeDefined();
    expect(remoteSnapshot(emulator).clients).toEqual([expect.objectContaining({ id: client.id, phone: '2', website: 'contoso.ua' })]);
  });

  it('removes a record from a first sync that another pane deleted', async () => {
    const { a, b, contact } = await aClientFromAFirstSync();
    expect(await contactsOf(b)).toEqual([contact]);

    await a.store.deleteContact(contact.id);
    await a.engine.sync();
    await b.engine.sync();

    expect(await contactsOf(b)).toEqual([]);
  });

  it('deletes a record from a first sync in the team store when it is deleted here', async () => {
    const { a, b, contact } = await aClientFromAFirstSync();

    await b.store.deleteContact(contact.id);
    await b.engine.sync();
    await a.engine.sync();

    expect(remoteSnapshot(emulator).contacts).toEqual([]);
    expect(await contactsOf(a)).toEqual([]);
  });

  it('still works from agreements a store synced before version 9 kept in the agreements table', async () => {
    const { a, b, client, contact } = await aClientFromAFirstSync();
    // Such a store kept every agreement there, the base as an object at first.
    await b.db.transaction('rw', [b.db.clients, b.db.contacts, b.db.syncMeta], async () => {
      for (const table of ['clients', 'contacts'] as const) {
        for (const row of await stored(b.db, table)) {
          const item = teamItemOf(row)!;
          await b.db.syncMeta.put({ table, key: row.id, itemId: item.itemId, eTag: item.eTag, base: withoutTeamItem(row) });
          await b.db.table(table).put(withoutTeamItem(row));
        }
      }
    });

    await a.store.saveClient({ ...client, phone: '2', updatedAt: at(1) });
    await b.store.saveClient({ ...client, website: 'contoso.ua', updatedAt: at(2) });
    await a.engine.sync();
    const merge = await b.engine.sync();
    await a.engine.sync();

    expect(merge.conflicts).toBe(0);
    expect(await a.store.getClient(client.id)).toMatchObject({ phone: '2', website: 'contoso.ua' });
    await a.store.deleteContact(contact.id);
    await a.engine.sync();
    await b.engine.sync();
    expect(await contactsOf(b)).toEqual([]);
  });
});
