import 'fake-indexeddb/auto';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { NotAllowedError } from '../../../src/app/requireRole';
import { TeamConnectError } from '../../../src/app/team/TeamConnectError';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import { eventually, itemsIn, maria, openTeamPane, petro, SETTINGS, SITE_URL, startEmulator, type TeamPane } from './support/aTeamPane';

// Each Connect provisions fifteen lists and runs a full first sync against a real HTTP server.
jest.setTimeout(20_000);

let emulator: GraphEmulator;
const panes: TeamPane[] = [];

async function pane(options: Parameters<typeof openTeamPane>[1] = {}): Promise<TeamPane> {
  const p = await openTeamPane(emulator, options);
  panes.push(p);
  return p;
}

beforeEach(async () => {
  emulator = await startEmulator();
});

afterEach(async () => {
  for (const p of panes.splice(0)) await p.team.disconnect();
  await emulator.stop();
});

describe('Connect', () => {
  it('provisions the lists once: a second Connect reports nothing to change', async () => {
    const { team } = await pane();
    const first = await team.connect(SETTINGS);
    expect(first.created).toContain('list "Clientbook Clients"');
    expect(first.created).toContain('change beacon item');

    const second = await team.connect(SETTINGS);
    expect(second.created).toEqual([]);
    expect(team.connection()?.settings.siteUrl).toBe(SITE_URL);
    expect(team.status().phase).toBe('in-sync');
  });

  it('uploads the local records on first connect, the trimmed outbox too, and never twice', async () => {
    const p = await pane();
    for (const name of ['Contoso', 'Fabrikam', 'Northwind']) await p.app.createClient({ client: { name }, contacts: [] });
    // An outbox trimmed before the team existed: the clients are still uploaded.
    const db = new ClientbookDb(p.dbName);
    await db.outbox.where('table').equals('clients').delete().catch(async () => {
      const entries = await db.outbox.toArray();
      await db.outbox.bulkDelete(entries.filter((e) => e.table === 'clients').map((e) => e.seq!));
    });
    db.close();

    const report = await p.team.connect(SETTINGS);
    expect(report.queued).toBe(3);
    expect(itemsIn(emulator, 'Clientbook Clients')).toBe(3);
    expect(await p.app.queries.pendingOutboxCount()).toBe(0);

    await p.team.connect(SETTINGS);
    await p.app.createClient({ client: { name: 'Litware' }, contacts: [] });
    p.host.selectItem(null);
    await eventually(async () => itemsIn(emulator, 'Clientbook Clients') === 4);
    await eventually(async () => (await p.app.queries.pendingOutboxCount()) === 0);
    expect(itemsIn(emulator, 'Clientbook Clients')).toBe(4);
  });

  it('makes the first connector head of sales and the next one a manager, in the synced Team members list', async () => {
    const one = await pane({ user: maria });
    const two = await pane({ user: petro });
    expect((await one.team.connect(SETTINGS)).role).toBe('head-of-sales');
    expect((await two.team.connect(SETTINGS)).role).toBe('manager');
    expect(itemsIn(emulator, 'Clientbook Team members')).toBe(2);

    // The head of sales sees the new manager after a sync and gives Petro the marketing role.
    one.host.selectItem(null);
    await eventually(async () => (await membersOf(one)).length === 2);
    const petroMember = (await membersOf(one)).find((m) => m.email === petro.email)!;
    await one.team.setRole(petroMember.id, 'marketing');
    await eventually(async () => (await one.app.queries.pendingOutboxCount()) === 0);
    two.host.selectItem(null);
    await eventually(async () => (await two.team.me())?.role === 'marketing');

    await expect(two.team.setRole(petroMember.id, 'head-of-sales')).rejects.toBeInstanceOf(NotAllowedError);
    // The pane follows the role: picklists are the head of sales' to edit.
    const region = (await two.app.queries.referenceItems()).find((i) => i.list === 'region')!;
    await expect(two.app.saveReferenceItem({ ...region, archived: true })).rejects.toBeInstanceOf(NotAllowedError);
    await expect(one.app.saveReferenceItem({ ...region, archived: true })).resolves.toBeUndefined();
  });

  it('says why it cannot connect: a wrong address, no permission, offline', async () => {
    let online = true;
    const { team } = await pane({ online: () => online });
    // Checked on the field before anything is sent.
    await expect(team.connect({ ...SETTINGS, siteUrl: 'contoso sales' })).rejects.toMatchObject({ errors: [{ field: 'siteUrl', key: 'errors.siteUrl' }] });
    await expect(team.connect({ ...SETTINGS, siteUrl: 'https://contoso.sharepoint.com/sites/nowhere' })).rejects.toMatchObject({ reason: 'wrong-url' });
    emulator.failNext(1, { status: 403 });
    await expect(team.connect(SETTINGS)).rejects.toMatchObject({ reason: 'no-permission' });
    online = false;
    const offline = team.connect(SETTINGS);
    await expect(offline).rejects.toBeInstanceOf(TeamConnectError);
    await expect(offline).rejects.toMatchObject({ reason: 'offline' });
    expect(team.connection()).toBeNull();
  });
});

describe('a connected pane', () => {
  it('waits for Connect after an app update added lists or columns, then syncs again', async () => {
    const first = await pane();
    await first.team.connect(SETTINGS);
    const saved = first.team.connection()!;
    await first.team.disconnect();
    // The connection as an older version saved it, provisioned for fewer lists and columns.
    first.storage.save({ ...saved, layout: { ...saved.layout, schema: 'older' } });

    const reopened = await pane({ reopen: first });
    await eventually(async () => reopened.team.status().phase === 'upgrade-needed');
    expect((await reopened.team.connect(SETTINGS)).created).toEqual([]);
    expect(reopened.team.status().phase).toBe('in-sync');
  });

  it("pulls another pane's new client when the open message changes (ItemChanged)", async () => {
    const one = await pane({ user: maria });
    const two = await pane({ user: petro });
    await one.team.connect(SETTINGS);
    await two.team.connect(SETTINGS);
    const before = await two.app.queries.countClients();

    await one.app.createClient({ client: { name: 'Tailspin Toys' }, contacts: [] });
    one.host.selectItem(null);
    await eventually(async () => (await one.app.queries.pendingOutboxCount()) === 0);

    two.host.selectItem(null);
    await eventually(async () => (await two.app.queries.countClients()) === before + 1);
  });

  it('starts syncing by itself when reopened, and stops for good on Disconnect (the records stay)', async () => {
    const first = await pane();
    await first.team.connect(SETTINGS);
    await first.app.createClient({ client: { name: 'Proseware' }, contacts: [] });
    const reopened = await pane({ reopen: first });
    await eventually(async () => reopened.team.status().phase === 'in-sync');
    await eventually(async () => itemsIn(emulator, 'Clientbook Clients') === 1);

    await reopened.team.disconnect();
    expect(reopened.team.status().phase).toBe('local-only');
    expect(reopened.team.connection()).toBeNull();
    expect(await reopened.app.queries.countClients()).toBeGreaterThan(0);
  });
});

async function membersOf(p: TeamPane) {
  const db = new ClientbookDb(p.dbName);
  try {
    return await db.members.toArray();
  } finally {
    db.close();
  }
}
