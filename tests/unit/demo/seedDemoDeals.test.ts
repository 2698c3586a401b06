/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { demoMessages } from '../../../src/adapters/office/demo/demoMessages';
import { openApp } from '../../../src/app/openApp';

const now = new Date('2026-11-27T10:00:00');

describe('seedDemoData: deals', () => {
  it('gives the demo a catalogue and deals: one won with a paid and an overdue receipt, one open, one refused at its stage', async () => {
    const app = await openApp(new DemoMailHost(new DemoMailbox({ messages: demoMessages(now) })), { dbName: 'seed-deals', clock: { now: () => now } });
    expect((await app.deals.queries.products()).map((p) => p.code)).toEqual(expect.arrayContaining(['CV-50', 'SD-K01', 'SRV-COM']));
    const deals = await app.deals.queries.allDeals();
    const byTitle = (title: string) => deals.find((d) => d.title === title)!;

    const won = byTitle('Spare parts for three plants');
    expect(won).toMatchObject({ status: 'won', currency: 'EUR', amountMinor: 71_200_00 });
    const card = await app.deals.queries.dealCard(won.id);
    expect(card.receivables).toMatchObject({ invoicedMinor: 71_200_00, paidMinor: 35_000_00, outstandingMinor: 36_200_00, overdueMinor: 36_200_00 });

    expect(byTitle('Насіння на весну 2027')).toMatchObject({ status: 'open', stage: 'proposal', probability: 40 });
    expect(byTitle('Wholesale starter order')).toMatchObject({ status: 'refused', refusal: { reason: 'price', stage: 'negotiation' } });
  });
});
