import { indexAnalytics } from '../../../src/domain/analytics/AnalyticsIndex';
import { commissionStatement, type CommissionRules } from '../../../src/domain/analytics/commissions';
import { ANNA, BOHDAN, data, deal, invoice, payment, wonDeal } from './analyticsBuilders';

describe('commissionStatement', () => {
  const i1 = invoice('i1', 'd1', 10_000_00, '2026-03-01', '2026-03-31');
  const iB = invoice('iB', 'dB', 5_000_00, '2026-03-01', '2026-03-31');
  const index = indexAnalytics(
    data({
      deals: [wonDeal('d1', '2026-02-01T00:00:00Z', '2026-03-02T10:00:00Z'), wonDeal('d2', '2026-02-01T00:00:00Z', '2026-03-20T10:00:00Z'), deal('dB', { owner: BOHDAN })],
      invoices: [i1, iB],
      payments: [payment('p1', i1, 3_333_33, '2026-03-05'), payment('p2', i1, 1_666_67, '2026-03-25'), payment('pApril', i1, 1_000_00, '2026-04-01'), payment('pB', iB, 5_000_00, '2026-03-10')],
    }),
  );

  it('pays a percentage of each payment received in the month, rounded half-up per line', () => {
    const rules: CommissionRules = { base: { percentOfReceived: 2.5, tiers: [], perWonDeal: null }, overrides: [] };
    const s = commissionStatement(index, ANNA, '2026-03', rules);
    // 3 333.33 × 2.5 % = 83.33325 → 83.33; 1 666.67 × 2.5 % = 41.66675 → 41.67; total 125.00
    expect(s.lines.map((l) => [l.id, l.payMinor])).toEqual([
      ['p1', 83_33],
      ['p2', 41_67],
    ]);
    expect(s.totals).toEqual([{ currency: 'UAH', minor: 125_00, ids: ['p1', 'p2'] }]);
  });

  it('applies the highest volume tier the month reaches to all of it, and a fixed sum per won deal', () => {
    const rules: CommissionRules = {
      base: {
        percentOfReceived: 2,
        tiers: [
          { currency: 'UAH', fromMinor: 4_000_00, percent: 4 },
          { currency: 'UAH', fromMinor: 10_000_00, percent: 6 },
        ],
        perWonDeal: { currency: 'UAH', minor: 200_00 },
      },
      overrides: [],
    };
    const s = commissionStatement(index, ANNA, '2026-03', rules);
    // March volume 3 333.33 + 1 666.67 = 5 000.00 ≥ 4 000.00 → 4 %: 133.33 + 66.67; two wins × 200.00.
    expect(s.lines.map((l) => [l.kind, l.id, l.payMinor])).toEqual([
      ['payment', 'p1', 133_33],
      ['payment', 'p2', 66_67],
      ['won-deal', 'd1', 200_00],
      ['won-deal', 'd2', 200_00],
    ]);
    // 133.33 + 66.67 + 400.00 = 600.00
    expect(s.totals[0]!.minor).toBe(600_00);
  });

  it('uses a manager’s own rule instead of the team’s', () => {
    const rules: CommissionRules = { base: { percentOfReceived: 2, tiers: [], perWonDeal: null }, overrides: [{ owner: BOHDAN, rule: { percentOfReceived: 10, tiers: [], perWonDeal: null } }] };
    // 5 000.00 × 10 % = 500.00
    expect(commissionStatement(index, BOHDAN, '2026-03', rules).totals).toEqual([{ currency: 'UAH', minor: 500_00, ids: ['pB'] }]);
  });

  it('shows a won deal at its own amount and currency beside the fixed pay in the rule’s', () => {
    const euros = indexAnalytics(data({ deals: [{ ...wonDeal('dE', '2026-02-01T00:00:00Z', '2026-03-12T10:00:00Z'), currency: 'EUR', amountMinor: 7_000_00 }] }));
    const rules: CommissionRules = { base: { percentOfReceived: 0, tiers: [], perWonDeal: { currency: 'UAH', minor: 500_00 } }, overrides: [] };
    const [line] = commissionStatement(euros, ANNA, '2026-03', rules).lines;
    expect(line).toMatchObject({ kind: 'won-deal', base: { currency: 'EUR', minor: 7_000_00 }, currency: 'UAH', payMinor: 500_00 });
  });
});
