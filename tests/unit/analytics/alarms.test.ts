import { alarms, type AlarmThresholds } from '../../../src/domain/analytics/alarms';
import { indexAnalytics } from '../../../src/domain/analytics/AnalyticsIndex';
import type { Scope } from '../../../src/domain/analytics/Scope';
import { ANNA, BOHDAN, client, data, deal, invoice, plan, refusedDeal, step, wonDeal } from './analyticsBuilders';

const none: AlarmThresholds = {
  clientsInWorkMin: null,
  clientsInWorkMax: null,
  receivableOverdueDays: null,
  stalledDays: null,
  stalledDealsMax: null,
  overdueContactsMax: null,
  averageDealDaysMax: null,
  missingDataShareMax: null,
  refusalShareMax: null,
  stageCompletionMin: null,
};
const scope: Scope = { period: { from: '2026-01-01', to: '2026-03-31' }, today: '2026-04-10', owner: null };

describe('alarms', () => {
  // Anna: 3 clients in work (each with an open deal); Bohdan: 1.
  const index = indexAnalytics(
    data({
      clients: [client('a1'), client('a2'), client('a3'), client('b1', { owner: BOHDAN, leadSource: '' })],
      deals: [
        deal('da1', { clientId: 'a1', stageHistory: [step('opened', 'qualification', '2026-04-05T00:00:00Z')], createdAt: '2026-04-05T00:00:00Z' }),
        deal('da2', { clientId: 'a2', stageHistory: [step('opened', 'qualification', '2026-04-05T00:00:00Z')], createdAt: '2026-04-05T00:00:00Z' }),
        deal('da3', { clientId: 'a3', stageHistory: [step('opened', 'qualification', '2026-01-05T00:00:00Z')], createdAt: '2026-01-05T00:00:00Z' }),
        deal('db1', { clientId: 'b1', owner: BOHDAN, stageHistory: [step('opened', 'qualification', '2026-04-01T00:00:00Z')], createdAt: '2026-04-01T00:00:00Z' }),
      ],
      invoices: [invoice('late', 'db1', 100_00, '2026-01-01', '2026-02-01', { clientId: 'b1' }), invoice('fresh', 'da1', 100_00, '2026-04-01', '2026-04-05', { clientId: 'a1' })],
      plannedContacts: [plan('p1', 'a1', '2026-04-01'), plan('p2', 'a2', '2026-04-02')],
    }),
  );

  it('flags a manager with too few clients in work and one with too many, saying by how much', () => {
    const found = alarms(index, scope, [ANNA, BOHDAN], { ...none, clientsInWorkMin: 2, clientsInWorkMax: 2 });
    expect(found.map((a) => [a.kind, a.owner, a.value, a.threshold])).toEqual([
      ['clients-in-work-high', ANNA, 3, 2],
      ['clients-in-work-low', BOHDAN, 1, 2],
    ]);
    expect(found[1]!.ids).toEqual(['b1']);
  });

  it('flags receivables overdue by more than N days with the invoices behind them', () => {
    // late: due 02-01, today 04-10 → 68 days > 30; fresh: 5 days, not alarming.
    const found = alarms(index, scope, [ANNA, BOHDAN], { ...none, receivableOverdueDays: 30 });
    expect(found).toEqual([{ kind: 'receivables-overdue', owner: BOHDAN, value: 1, threshold: 30, detail: '', recordKind: 'invoice', ids: ['late'] }]);
  });

  it('flags stalled deals, overdue contacts and missing data past their limits', () => {
    const found = alarms(index, scope, [ANNA, BOHDAN], { ...none, stalledDays: 30, stalledDealsMax: 0, overdueContactsMax: 1, missingDataShareMax: 0.5 });
    // da3 idle since 01-05 = 95 days; Anna has 2 overdue plans (> 1); Bohdan's only card lacks a
    // source (1 of 1 = 100 % > 50 %) and a next contact; Anna's cards lack a next contact in 1 of 3 (33 %).
    expect(found.map((a) => [a.kind, a.owner, a.detail, a.ids])).toEqual([
      ['stalled-deals', ANNA, '', ['da3']],
      ['overdue-contacts', ANNA, '', ['p1', 'p2']],
      ['missing-data', BOHDAN, 'leadSource', ['b1']],
      ['missing-data', BOHDAN, 'nextContact', ['b1']],
    ]);
  });

  describe('refusals and stages', () => {
    const day = (d: number) => `2026-02-${String(d).padStart(2, '0')}T00:00:00Z`;
    const throughProposal = (id: string, reason: string) =>
      refusedDeal(id, reason, 'proposal', day(20), { stageHistory: [step('opened', 'qualification', day(1)), step('stage', 'proposal', day(5)), step('refused', 'proposal', day(20), reason)] });
    const won = (id: string, owner = ANNA) => wonDeal(id, day(1), day(10), { owner });
    // Anna closed 6 deals in the period: 2 won from qualification, 4 refused at proposal (3 for
    // price, 1 for timing) → 4 of 6 refused (67 %); proposal: the 2 won deals got past it (won past
    // every stage, though moved straight from qualification), the 4 refused did not.
    // Bohdan closed 4, one refused at qualification (3 of 4 got past it): too few to judge a share by.
    const closed = indexAnalytics(
      data({
        deals: [won('w1'), won('w2'), throughProposal('r1', 'price'), throughProposal('r2', 'timing'), throughProposal('r3', 'price'), throughProposal('r4', 'price'), won('bw1', BOHDAN), won('bw2', BOHDAN), won('bw3', BOHDAN), refusedDeal('br1', 'price', 'qualification', day(20), { owner: BOHDAN })],
      }),
    );

    it('flags a manager who refuses more of the deals closed than the limit, naming the commonest reason', () => {
      const found = alarms(closed, scope, [ANNA, BOHDAN], { ...none, refusalShareMax: 0.5 });
      expect(found).toEqual([{ kind: 'refusals-high', owner: ANNA, value: 4 / 6, threshold: 0.5, detail: 'price', recordKind: 'deal', ids: ['r1', 'r2', 'r3', 'r4'] }]);
    });

    it('flags a stage too few deals get past, with the deals refused there', () => {
      // Anna: qualification 6 of 6 got past it; proposal 2 of 6. Bohdan's 3 of 4 at qualification: under 5 deals, not judged.
      expect(alarms(closed, scope, [ANNA, BOHDAN], { ...none, stageCompletionMin: 0.8 })).toEqual([
        { kind: 'stage-completion-low', owner: ANNA, value: 2 / 6, threshold: 0.8, detail: 'proposal', recordKind: 'deal', ids: ['r1', 'r2', 'r3', 'r4'] },
      ]);
      expect(alarms(closed, scope, [ANNA, BOHDAN], { ...none, stageCompletionMin: 0.3 })).toEqual([]);
      const more = indexAnalytics(data({ deals: [...closed.data.deals, throughProposal('r5', 'timing')] }));
      expect(alarms(more, scope, [ANNA, BOHDAN], { ...none, stageCompletionMin: 0.3 })).toEqual([
        { kind: 'stage-completion-low', owner: ANNA, value: 2 / 7, threshold: 0.3, detail: 'proposal', recordKind: 'deal', ids: ['r1', 'r2', 'r3', 'r4', 'r5'] },
      ]);
    });
  });

  it('raises nothing when every limit is off', () => {
    expect(alarms(index, scope, [ANNA, BOHDAN], none)).toEqual([]);
  });
});
