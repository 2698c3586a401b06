import 'fake-indexeddb/auto';
import { openApp } from '../../../src/app/openApp';
import { FakeMailHost } from '../../support/fakeMailHost';

const clock = { now: () => new Date('2026-11-27T09:00:00Z') };

describe('a deal’s time per stage', () => {
  it('lists the stages in the team’s order, also after the deal went back a stage, and follows a reordered list', async () => {
    const app = await openApp(new FakeMailHost(), { dbName: `deal-stage-times-${process.pid}`, clock });
    const client = await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.com'] }, contacts: [] });
    const deal = await app.deals.create({ clientId: client.id, title: 'Pilot', currency: 'UAH', amountMinor: 100_000 });
    await app.deals.moveToStage(deal.id, 'negotiation');
    await app.deals.moveToStage(deal.id, 'proposal');
    const stagesShown = async () => (await app.deals.queries.dealCard(deal.id)).stageDurations.map((d) => d.stage);
    expect(await stagesShown()).toEqual(['qualification', 'proposal', 'negotiation']);

    // The head of sales puts negotiation first.
    const negotiation = (await app.queries.referenceItems()).find((i) => i.list === 'dealStage' && i.code === 'negotiation')!;
    await app.saveReferenceItem({ ...negotiation, order: -1 });
    expect(await stagesShown()).toEqual(['negotiation', 'qualification', 'proposal']);
  });
});
