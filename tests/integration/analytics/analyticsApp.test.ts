import 'fake-indexeddb/auto';
import { NotAllowedError } from '../../../src/app/requireRole';
import { openApp } from '../../../src/app/openApp';
import { defaultAlarmThresholds } from '../../../src/domain/analytics/alarms';
import { defaultCommissionRules } from '../../../src/domain/analytics/commissions';
import type { Query } from '../../../src/domain/analytics/query/Query';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const clock = { now: () => new Date('2026-03-10T09:00:00Z') };
const open = (host = new FakeMailHost()) => openApp(host, { dbName: `analytics-app-${process.pid}-${++seq}`, clock });

describe('analytics in the app', () => {
  it('measures what the manager entered: a won deal and its amount, drilled down to the client', async () => {
    const app = await open();
    const client = await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
    const deal = await app.deals.create({ clientId: client.id, title: '40 seats', currency: 'UAH', amountMinor: 1200_00 });
    await app.deals.closeAsWon(deal.id);
    const session = await app.analytics!.open();
    const board = await session.dashboard({ from: '2026-03-01', to: '2026-03-31' }, null);
    expect(board.results.won.count).toBe(1);
    expect(board.results.wonAmount).toEqual([{ currency: 'UAH', minor: 1200_00, ids: expect.objectContaining({ count: 1 }) }]);
    expect((await session.drill('deal', [board.results.won.ids], 50)).rows.map((r) => [r.id, r.clientId, r.clientName])).toEqual([[deal.id, client.id, 'Contoso Ltd']]);
  });

  it('keeps saved queries for the team (queued for sync) and exports a result as CSV', async () => {
    const app = await open();
    const query: Query = { records: 'clients', filter: { join: 'and', items: [] }, groupBy: [{ field: 'status' }], measures: [{ kind: 'count' }] };
    const saved = await app.analytics!.saveQuery('  Clients by status ', query);
    expect((await app.analytics!.savedQueries()).map((q) => [q.name, q.author])).toEqual([['Clients by status', 'me@clientbook.example']]);
    expect(await app.queries.pendingOutboxCount()).toBeGreaterThan(0);
    await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
    const session = await app.analytics!.open();
    const { result } = await session.runQuery(saved.query);
    const csv = await app.analytics!.exportCsv(query, result, ['Status', 'Clients'], (_, key) => key);
    expect(csv).toBe('\ufeffStatus,Clients\r\nlead,1');
    await app.analytics!.deleteQuery(saved.id);
    expect(await app.analytics!.savedQueries()).toEqual([]);
  });

  it('lets only the head of sales change alarm limits and pay rules', async () => {
    const app = await open();
    await app.analytics!.saveSettings({ ...defaultAlarmThresholds, clientsInWorkMin: 3 }, defaultCommissionRules);
    expect((await app.analytics!.settings()).thresholds.clientsInWorkMin).toBe(3);
    const db = (await import('dexie')).default;
    const name = `analytics-app-${process.pid}-${seq}`;
    const raw = new db(name);
    await raw.open();
    await raw.table('members').put({ id: 'm1', email: 'me@clientbook.example', name: 'Maria', role: 'manager', createdAt: '', updatedAt: '' });
    raw.close();
    await expect(app.analytics!.saveSettings(defaultAlarmThresholds, defaultCommissionRules)).rejects.toBeInstanceOf(NotAllowedError);
    expect(await app.analytics!.isHeadOfSales()).toBe(false);
  });

  it('offers the head of sales’ settings to exactly those it then lets save them', async () => {
    const at = '2026-03-01T09:00:00.000Z';
    // Alone (no team list), the head of sales, a manager, and someone the team list does not know yet.
    const teams = [[], [{ email: 'me@clientbook.example', role: 'head-of-sales' }], [{ email: 'me@clientbook.example', role: 'manager' }], [{ email: 'olena@clientbook.example', role: 'head-of-sales' }]] as const;
    const found: [boolean, boolean, boolean, boolean][] = [];
    for (const team of teams) {
      const app = await open();
      const db = new (await import('dexie')).default(`analytics-app-${process.pid}-${seq}`);
      await db.open();
      await db.table('members').bulkPut(team.map((m) => ({ id: `member:${m.email}`, name: m.email, ...m, createdAt: at, updatedAt: at })));
      db.close();
      const saves = async (save: () => Promise<void>) => save().then(() => true, (e: unknown) => (e instanceof NotAllowedError ? false : Promise.reject(e)));
      found.push([
        await app.analytics!.canChangeSettings(),
        await saves(() => app.analytics!.saveSettings(defaultAlarmThresholds, defaultCommissionRules)),
        await app.logging.canEditTeamPolicy(),
        await saves(() => app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'body' })),
      ]);
    }
    expect(found).toEqual([
      [true, true, true, true],
      [true, true, true, true],
      [false, false, false, false],
      [false, false, false, false],
    ]);
  });
});
