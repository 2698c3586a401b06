import 'fake-indexeddb/auto';
import { dexieAnalyticsAnswers } from '../../../src/adapters/storage/dexieAnalyticsAnswers';
import { dexieAnalyticsSnapshot } from '../../../src/adapters/storage/dexieAnalyticsSnapshot';
import { dexieAnalyticsSource } from '../../../src/adapters/storage/dexieAnalyticsSource';
import type { App } from '../../../src/app/createApp';
import { openApp } from '../../../src/app/openApp';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
let minute = 0;
// Each pane start is a minute later the same day: the kept figures say when they were computed.
const clock = { now: () => new Date(Date.UTC(2026, 2, 10, 9, minute)) };
const march = { from: '2026-03-01', to: '2026-03-31' };
const store = () => `analytics-recall-${process.pid}-${++seq}`;
const paneStart = (dbName: string, host = new FakeMailHost()) => openApp(host, { dbName, clock });

async function wonDeal(app: App, name: string) {
  const client = await app.createClient({ client: { name, domains: [`${name.toLowerCase()}.example`] }, contacts: [{ name: `${name} buyer`, emails: [`buyer@${name.toLowerCase()}.example`], phones: [], position: '' }] });
  const deal = await app.deals.create({ clientId: client.id, title: `${name} seats`, currency: 'UAH', amountMinor: 1000_00 });
  await app.deals.closeAsWon(deal.id);
  return deal;
}

/** A first pane computes March's team dashboard (which the next start keeps), at 09:00. */
async function firstPane(dbName: string) {
  minute = 0;
  const app = await paneStart(dbName);
  const first = await wonDeal(app, 'Contoso');
  const board = await (await app.analytics!.open()).dashboard(march, null);
  // The answers are kept in the background; a moment for the write to land.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { app, first, board };
}

describe('analytics figures kept across pane starts', () => {
  it('shows the last figures at once with when they were computed, then the store as it is now; a drill from a kept figure lists what it names now', async () => {
    const dbName = store();
    const { app, first, board } = await firstPane(dbName);
    const second = await wonDeal(app, 'Fabrikam');

    minute = 12;
    const restarted = await paneStart(dbName);
    const { fresh, recalled } = await restarted.analytics!.begin();
    const kept = await recalled;
    expect(kept?.asOf).toBe('2026-03-10T09:00:00.000Z');
    const keptBoard = await kept!.dashboard(march, null);
    expect(keptBoard).toEqual(board);
    expect(keptBoard.results.won.count).toBe(1);

    const now = await (await fresh).dashboard(march, null);
    expect(now.results.won.count).toBe(2);
    const drilled = await kept!.drill('deal', [keptBoard.results.won.ids], 50);
    expect(drilled.rows.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('keeps nothing of one user for another, nor of one store for another', async () => {
    const dbName = store();
    await firstPane(dbName);
    const colleague = await paneStart(dbName, new FakeMailHost({ user: { email: 'olena@clientbook.example', displayName: 'Olena' } }));
    expect(await (await colleague.analytics!.begin()).recalled).toBeNull();
    const otherStore = await paneStart(store());
    expect(await (await otherStore.analytics!.begin()).recalled).toBeNull();
  });

  it('shows no figures an earlier version kept: they lack what the screen now reads', async () => {
    const dbName = store();
    await firstPane(dbName);
    const answers = dexieAnalyticsAnswers(dbName);
    // As the version before kept them: no format.
    for (const row of await answers.of('me@clientbook.example')) await answers.put({ ...row, format: undefined });
    minute = 12;
    expect(await (await (await paneStart(dbName)).analytics!.begin({ earlierDays: true })).recalled).toBeNull();
  });

  it('gives the screen the figures kept on an earlier day as out of date, home none, and keeps only the new day’s once it has them', async () => {
    const dbName = store();
    const { board } = await firstPane(dbName);
    const nextDay = await openApp(new FakeMailHost(), { dbName, clock: { now: () => new Date(Date.UTC(2026, 2, 11, 9, 0)) } });
    expect(await (await nextDay.analytics!.begin()).recalled).toBeNull();
    const { recalled, fresh } = await nextDay.analytics!.begin({ earlierDays: true });
    const kept = await recalled;
    expect(kept?.asOf).toBe('2026-03-10T09:00:00.000Z');
    expect(await kept!.dashboard(march, null)).toEqual(board);
    // Nothing was written since, yet a day later they are not current: the fresh session is read.
    expect(await fresh).not.toBe(kept);
    await (await fresh).dashboard(march, null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await (await nextDay.analytics!.begin({ earlierDays: true })).recalled)?.today).toBe('2026-03-11');
  });

  it('drops the kept figures, and the records the analytics worker kept, when a person is erased', async () => {
    const dbName = store();
    const { app } = await firstPane(dbName);
    const kept = dexieAnalyticsSnapshot(dbName);
    await kept.keep('epoch:r1', 11, (await dexieAnalyticsSource(dbName).read('2026-02-01')).data);
    expect(await kept.kept(11)).not.toBeNull();
    await app.data.erasePerson('buyer@contoso.example', 'DSR-1');
    const restarted = await paneStart(dbName);
    expect(await (await restarted.analytics!.begin()).recalled).toBeNull();
    expect(await kept.kept(11)).toBeNull();
  });
});
