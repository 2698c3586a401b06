import { DexieDealStore } from '../../../src/adapters/storage/DexieDealStore';
import { dealAmount } from '../../../src/domain/rules/dealAmount';
import { refuseDeal } from '../../../src/domain/rules/dealLifecycle';
import { receivables } from '../../../src/domain/rules/receivables';
import type { GraphEmulator } from '../../support/graph-emulator/GraphEmulator';
import type { TeamSiteLayout } from '../../../src/adapters/graph/TeamSiteLayout';
import { openPane, startTeam, type Pane } from '../sync/support/aTeam';
import { aDeal, aLine, anInvoice, aPayment } from '../../unit/deals/dealBuilders';

let emulator: GraphEmulator;
let layout: TeamSiteLayout;
const panes: Pane[] = [];

async function pane(): Promise<Pane & { deals: DexieDealStore }> {
  const p = await openPane(emulator, layout, { engine: { sleep: async () => undefined } });
  panes.push(p);
  return { ...p, deals: new DexieDealStore(p.db) };
}

beforeEach(async () => {
  ({ emulator, layout } = await startTeam());
});

afterEach(async () => {
  panes.splice(0).forEach((p) => p.close());
  await emulator.stop();
});

describe('deals through the team store', () => {
  it('travel with their planned receipts and payments to another pane, in lists of their own with typed columns', async () => {
    const a = await pane();
    const b = await pane();
    const lines = [aLine({ quantity: 3, unitPriceMinor: 1_005, discountPercent: 10 })];
    const deal = refuseDeal(aDeal({ id: 'deal-sync', lines, amountMinor: dealAmount(lines, 'UAH').minor, stage: 'proposal' }), 'price', { by: 'me@clientbook.example', at: '2026-11-20T10:00:00.000Z' });
    const invoice = anInvoice({ id: 'inv-sync', dealId: deal.id, amountMinor: 2_713 });
    await a.deals.saveDeal(deal);
    await a.deals.saveInvoice(invoice);
    await a.deals.savePayment(aPayment(invoice, { id: 'pay-sync', amountMinor: 1_000 }));

    await a.engine.sync();
    expect(await a.store.pendingOutboxCount()).toBe(0);
    await b.engine.sync();

    expect(await b.deals.getDeal(deal.id)).toEqual(deal);
    const onB = receivables(await b.deals.invoicesOfDeal(deal.id), await b.deals.paymentsOfDeal(deal.id), '2026-12-01');
    expect(onB).toEqual([{ currency: 'UAH', invoicedMinor: 2_713, paidMinor: 1_000, outstandingMinor: 1_713, overdueMinor: 1_713, overpaidMinor: 0 }]);

    const item = [...emulator.sharePoint.listByName('Clientbook Deals')!.items.values()][0]!;
    expect(item.fields).toMatchObject({ Title: deal.title, amountMinor: 2_713, currency: 'UAH', dealStatus: 'refused', refusalReason: 'price', refusalStage: 'proposal' });
    expect(emulator.sharePoint.listByName('Clientbook Planned receipts')!.items.size).toBe(1);
    expect(emulator.sharePoint.listByName('Clientbook Payments')!.items.size).toBe(1);

    await a.deals.deletePayment('pay-sync');
    await a.engine.sync();
    await b.engine.sync();
    expect(await b.deals.paymentsOfDeal(deal.id)).toEqual([]);
    expect(emulator.sharePoint.listByName('Clientbook Payments')!.items.size).toBe(0);
  });

  it('a deleted deal leaves the team store and the other pane with its planned receipts', async () => {
    const a = await pane();
    const b = await pane();
    const deal = aDeal({ id: 'deal-gone' });
    await a.deals.saveDeal(deal);
    await a.deals.saveInvoice(anInvoice({ id: 'inv-gone-1', dealId: deal.id }));
    await a.deals.saveInvoice(anInvoice({ id: 'inv-gone-2', dealId: deal.id }));
    await a.engine.sync();
    await b.engine.sync();
    expect(await b.deals.invoicesOfDeal(deal.id)).toHaveLength(2);

    await a.deals.deleteDeal(deal.id);
    await a.engine.sync();
    expect(await a.store.pendingOutboxCount()).toBe(0);
    expect(emulator.sharePoint.listByName('Clientbook Deals')!.items.size).toBe(0);
    expect(emulator.sharePoint.listByName('Clientbook Planned receipts')!.items.size).toBe(0);
    await b.engine.sync();
    expect(await b.deals.getDeal(deal.id)).toBeUndefined();
    expect(await b.deals.invoicesOfDeal(deal.id)).toEqual([]);
  });
});
