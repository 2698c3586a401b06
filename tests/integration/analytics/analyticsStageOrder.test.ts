import 'fake-indexeddb/auto';
import type { App } from '../../../src/app/createApp';
import { openApp } from '../../../src/app/openApp';
import { channelWorkers } from '../../support/channelWorkers';
import { FakeMailHost } from '../../support/fakeMailHost';

let seq = 0;
const clock = { now: () => new Date('2026-03-10T09:00:00Z') };
const march = { from: '2026-03-01', to: '2026-03-31' };

let workers: ReturnType<typeof channelWorkers>;
beforeEach(() => (workers = channelWorkers()));
afterEach(() => workers.close());

/** The stages of March's team dashboard, as the worker answers, each with how many deals got past it of those that reached it. */
async function stagesShown(app: App) {
  const board = await (await (await app.analytics!.begin()).fresh).dashboard(march, null);
  return board.duration.perStage.map((s) => [s.stage, `${s.passedDealIds.count}/${s.passedDealIds.count + s.refusedDealIds.count}`]);
}

describe('the pipeline’s stages in the worker’s figures', () => {
  it('follow the team’s stage list, and a reordered list once it is saved', async () => {
    const app = await openApp(new FakeMailHost(), { dbName: `analytics-stage-order-${process.pid}-${++seq}`, clock, startAnalyticsWorker: workers.start });
    const client = await app.createClient({ client: { name: 'Contoso', domains: ['contoso.example'] }, contacts: [] });
    const deal = async (title: string, stages: string[], close: (id: string) => Promise<unknown>) => {
      const { id } = await app.deals.create({ clientId: client.id, title, currency: 'UAH', amountMinor: 100_00 });
      for (const stage of stages) await app.deals.moveToStage(id, stage);
      await close(id);
    };
    const refuse = (id: string) => app.deals.closeAsRefused(id, 'price');
    // Three deals went from qualification to proposal, back to needs analysis and were refused there;
    // one skipped needs analysis and was refused at proposal; one went through both and was won.
    for (const title of ['b1', 'b2', 'b3']) await deal(title, ['proposal', 'needs-analysis'], refuse);
    await deal('r1', ['proposal'], refuse);
    await deal('w1', ['needs-analysis', 'proposal'], (id) => app.deals.closeAsWon(id));

    // The default list: qualification, needs analysis, proposal. r1 got past needs analysis (it went
    // beyond it), so 2 of 5 did; proposal: b1–b3 stayed in it before going back, w1 went on → 4 of 5.
    expect(await stagesShown(app)).toEqual([
      ['qualification', '5/5'],
      ['needs-analysis', '2/5'],
      ['proposal', '4/5'],
    ]);

    // The head of sales puts proposal before needs analysis.
    const reads = workers.reads();
    const stages = (await app.queries.referenceItems()).filter((i) => i.list === 'dealStage');
    const [needs, proposal] = ['needs-analysis', 'proposal'].map((code) => stages.find((s) => s.code === code)!);
    await app.saveReferenceItem({ ...needs!, order: proposal!.order });
    await app.saveReferenceItem({ ...proposal!, order: needs!.order });

    // Now r1 was refused before needs analysis: 1 of 4 got past it (w1); proposal 4 of 5 as before.
    expect(await stagesShown(app)).toEqual([
      ['qualification', '5/5'],
      ['proposal', '4/5'],
      ['needs-analysis', '1/4'],
    ]);
    // Read with the records the journal names, not by reading the store whole.
    expect(workers.reads()).toBe(reads);
  });
});
