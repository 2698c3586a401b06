import { analyticsFigures, settingsWithDefaults } from '../../../src/app/analyticsFigures';
import { client, data, invoice, payment, wonDeal } from './analyticsBuilders';

describe('drill', () => {
  it('names the deal a receipt or payment opens, and none when the deal is gone', () => {
    const kept = invoice('i1', 'd1', 100_00, '2026-02-01', '2026-02-28');
    const orphan = invoice('i2', 'gone', 50_00, '2026-02-01', '2026-02-28');
    const figures = analyticsFigures(
      data({ clients: [client('c1')], deals: [wonDeal('d1', '2026-01-05T09:00:00Z', '2026-01-20T09:00:00Z')], invoices: [kept, orphan], payments: [payment('p1', kept, 100_00, '2026-02-10')] }),
      settingsWithDefaults(undefined, '2026-01-01T00:00:00.000Z'),
      '2026-03-01',
    );
    expect(figures.drill('invoice', ['i1', 'i2']).map((r) => [r.id, r.dealId])).toEqual([
      ['i1', 'd1'],
      ['i2', ''],
    ]);
    expect(figures.drill('payment', ['p1']).map((r) => r.dealId)).toEqual(['d1']);
    expect(figures.drill('deal', ['d1']).map((r) => r.dealId)).toEqual(['d1']);
    expect(figures.drill('client', ['c1']).map((r) => r.dealId)).toEqual(['']);
  });
});
