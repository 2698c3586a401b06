import { indexAnalytics } from '../../../src/domain/analytics/AnalyticsIndex';
import { clientsInWork } from '../../../src/domain/analytics/clientsInWork';
import { dataQuality } from '../../../src/domain/analytics/dataQuality';
import { dealDuration } from '../../../src/domain/analytics/dealDuration';
import { forecast } from '../../../src/domain/analytics/forecast';
import { monthlyDynamics } from '../../../src/domain/analytics/monthlyDynamics';
import { overdueContacts } from '../../../src/domain/analytics/overdueContacts';
import { receivables } from '../../../src/domain/analytics/receivables';
import { refusalReasons } from '../../../src/domain/analytics/refusalReasons';
import { salesResults } from '../../../src/domain/analytics/salesResults';
import type { Scope } from '../../../src/domain/analytics/Scope';
import { stalledDeals } from '../../../src/domain/analytics/stalledDeals';
import { ANNA, BOHDAN, client, contact, data, deal, invoice, payment, plan, refusedDeal, step, wonDeal } from './analyticsBuilders';

const firstQuarter = { from: '2026-01-01', to: '2026-03-31' };
const team: Scope = { period: firstQuarter, today: '2026-04-10', owner: null };
const anna: Scope = { ...team, owner: ANNA };

describe('salesResults', () => {
  // Anna wins d1 (1 000.00) in January and d2 (500.00) in March; d3 (700.00) in April is outside the
  // quarter; Bohdan wins d4 (300.00 EUR) in February.
  const d1 = wonDeal('d1', '2026-01-02T09:00:00Z', '2026-01-20T09:00:00Z', { amountMinor: 1000_00 });
  const d2 = wonDeal('d2', '2026-01-02T09:00:00Z', '2026-03-31T22:00:00Z', { amountMinor: 500_00 });
  const d3 = wonDeal('d3', '2026-01-02T09:00:00Z', '2026-04-01T08:00:00Z', { amountMinor: 700_00 });
  const d4 = wonDeal('d4', '2026-01-02T09:00:00Z', '2026-02-10T08:00:00Z', { amountMinor: 300_00, currency: 'EUR', owner: BOHDAN });
  const i1 = invoice('i1', 'd1', 1000_00, '2026-01-21', '2026-02-20');
  const i2 = invoice('i2', 'd2', 500_00, '2026-04-01', '2026-04-30');
  const i4 = invoice('i4', 'd4', 300_00, '2026-02-11', '2026-03-11', { currency: 'EUR' });
  const index = indexAnalytics(data({ deals: [d1, d2, d3, d4], invoices: [i1, i2, i4], payments: [payment('p1', i1, 400_00, '2026-02-01'), payment('p2', i1, 600_00, '2026-04-02'), payment('p4', i4, 300_00, '2026-03-01')] }));

  it('counts a manager’s deals won in the period with their amounts, planned receipts issued and money received', () => {
    const r = salesResults(index, anna);
    expect(r.won).toEqual({ count: 2, ids: ['d1', 'd2'] });
    // 1 000.00 + 500.00 = 1 500.00
    expect(r.wonAmount).toEqual([{ currency: 'UAH', minor: 1500_00, ids: ['d1', 'd2'] }]);
    // i2 is issued in April: only i1 is planned in the quarter.
    expect(r.planned).toEqual([{ currency: 'UAH', minor: 1000_00, ids: ['i1'] }]);
    // p2 arrives in April: only p1's 400.00 is received.
    expect(r.received).toEqual([{ currency: 'UAH', minor: 400_00, ids: ['p1'] }]);
  });

  it('keeps currencies apart for the team', () => {
    const r = salesResults(index, team);
    expect(r.won.count).toBe(3);
    expect(r.wonAmount).toEqual([
      { currency: 'EUR', minor: 300_00, ids: ['d4'] },
      { currency: 'UAH', minor: 1500_00, ids: ['d1', 'd2'] },
    ]);
  });
});

describe('monthlyDynamics', () => {
  it('lists each month with its wins and receipts, and the coefficient of variation of the monthly receipts', () => {
    const d1 = wonDeal('d1', '2026-01-02T09:00:00Z', '2026-01-20T09:00:00Z');
    const inv = invoice('i1', 'd1', 900_00, '2026-01-20', '2026-03-31');
    const index = indexAnalytics(data({ deals: [d1], invoices: [inv], payments: [payment('p1', inv, 100_00, '2026-01-25'), payment('p2', inv, 300_00, '2026-02-05'), payment('p3', inv, 200_00, '2026-03-05')] }));
    const m = monthlyDynamics(index, anna);
    expect(m.months.map((x) => [x.month, x.wonIds, x.received.map((t) => t.minor)])).toEqual([
      ['2026-01', ['d1'], [100_00]],
      ['2026-02', [], [300_00]],
      ['2026-03', [], [200_00]],
    ]);
    // mean = (100 + 300 + 200) / 3 = 200; variance = (100² + 100² + 0²) / 3 = 6 666.67;
    // σ = 81.65; CV = 81.65 / 200 = 0.408
    expect(m.stability).toHaveLength(1);
    expect(m.stability[0]!.meanMinor).toBe(200_00);
    expect(m.stability[0]!.coefficientOfVariation).toBeCloseTo(0.408, 3);
  });
});

describe('forecast', () => {
  it('weights open deals by probability in their expected close month, overdue and undated apart', () => {
    const index = indexAnalytics(
      data({
        deals: [
          deal('o1', { amountMinor: 1000_00, probability: 30, expectedCloseDate: '2026-05-10' }),
          deal('o2', { amountMinor: 333_33, probability: 50, expectedCloseDate: '2026-05-28' }),
          deal('o3', { amountMinor: 200_00, probability: 20, expectedCloseDate: '2026-03-01' }),
          deal('o4', { amountMinor: 50_00, probability: 10 }),
          wonDeal('w', '2026-01-01T00:00:00Z', '2026-01-05T00:00:00Z', { expectedCloseDate: '2026-05-01' }),
        ],
      }),
    );
    const f = forecast(index, anna);
    expect(f.map((r) => r.month)).toEqual(['overdue', '2026-05', 'undated']);
    // May: 1 000.00 × 30 % = 300.00; 333.33 × 50 % = 166.665 → 166.67 (half-up); total 466.67
    expect(f[1]!.weighted).toEqual([{ currency: 'UAH', minor: 466_67, ids: ['o1', 'o2'] }]);
    expect(f[1]!.pipeline[0]!.minor).toBe(1333_33);
    // overdue: 200.00 × 20 % = 40.00 (its April-today month has passed March)
    expect(f[0]!.weighted[0]!.minor).toBe(40_00);
    expect(f[2]!.weighted[0]!.minor).toBe(5_00);
  });
});

describe('dealDuration', () => {
  it('averages days from opening to closing and the stay in each stage', () => {
    // a: qualification 10 days, proposal 20 days, then won → 30 days.
    const a = deal('a', {
      status: 'won',
      closedAt: '2026-01-31T00:00:00Z',
      createdAt: '2026-01-01T00:00:00Z',
      stageHistory: [step('opened', 'qualification', '2026-01-01T00:00:00Z'), step('stage', 'proposal', '2026-01-11T00:00:00Z'), step('won', 'proposal', '2026-01-31T00:00:00Z')],
    });
    // b: qualification 4 days, then refused → 4 days.
    const b = deal('b', {
      status: 'refused',
      closedAt: '2026-02-05T00:00:00Z',
      createdAt: '2026-02-01T00:00:00Z',
      refusal: { reason: 'price', stage: 'qualification', note: '', at: '2026-02-05T00:00:00Z' },
      stageHistory: [step('opened', 'qualification', '2026-02-01T00:00:00Z'), step('refused', 'qualification', '2026-02-05T00:00:00Z', 'price')],
    });
    const d = dealDuration(indexAnalytics(data({ deals: [a, b, deal('open')] })), anna);
    // (30 + 4) / 2 = 17 days
    expect(d.averageDays).toBe(17);
    expect(d.dealIds).toEqual(['a', 'b']);
    // qualification: (10 + 4) / 2 = 7 days; proposal: 20 / 1 = 20 days
    // qualification: a went on, b was refused there → 1 of 2 got past it; proposal: a won → 1 of 1.
    expect(d.perStage).toEqual([
      { stage: 'qualification', averageDays: 7, dealIds: ['a', 'b'], passedDealIds: ['a'], refusedDealIds: ['b'], completion: 0.5 },
      { stage: 'proposal', averageDays: 20, dealIds: ['a'], passedDealIds: ['a'], refusedDealIds: [], completion: 1 },
    ]);
  });

  it('counts how many deals got past each stage: reopened and won is past every stage, refused is past the stages before its own', () => {
    const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T00:00:00Z`;
    // c: refused at proposal, reopened there and won → got past every stage.
    const c = deal('c', {
      status: 'won',
      closedAt: day(20),
      createdAt: day(1),
      stageHistory: [step('opened', 'qualification', day(1)), step('stage', 'proposal', day(3)), step('refused', 'proposal', day(5), 'price'), step('reopened', 'proposal', day(10)), step('won', 'proposal', day(20))],
    });
    // e: refused at proposal → got past qualification, not proposal.
    const e = deal('e', {
      status: 'refused',
      closedAt: day(9),
      createdAt: day(1),
      refusal: { reason: 'price', stage: 'proposal', note: '', at: day(9) },
      stageHistory: [step('opened', 'qualification', day(1)), step('stage', 'proposal', day(4)), step('refused', 'proposal', day(9), 'price')],
    });
    // f: refused at contract, which its history never shows it in → got past qualification and proposal, refused at contract.
    const f = deal('f', {
      status: 'refused',
      closedAt: day(6),
      createdAt: day(1),
      refusal: { reason: 'price', stage: 'contract', note: '', at: day(6) },
      stageHistory: [step('opened', 'qualification', day(1)), step('refused', 'qualification', day(6), 'price')],
    });
    const d = dealDuration(indexAnalytics(data({ deals: [c, e, f] })), anna);
    expect(d.perStage.map((s) => [s.stage, s.dealIds, s.passedDealIds, s.refusedDealIds, s.completion])).toEqual([
      ['qualification', ['c', 'e', 'f'], ['c', 'e', 'f'], [], 1],
      ['proposal', ['c', 'e'], ['c', 'f'], ['e'], 2 / 3],
      ['contract', [], ['c'], ['f'], 0.5],
    ]);
  });

  it('counts a deal that skipped a stage as past it when it went beyond it, so the last stage got past as many deals as were won', () => {
    const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T00:00:00Z`;
    // The pipeline: qualification → needs → proposal → contract. The order comes from the histories,
    // not from the order stages first appear in the data (r2 names proposal before anyone names needs).
    // r2: qualification 6 days, refused at proposal without ever being moved there (skipped needs).
    const r2 = deal('r2', { status: 'refused', closedAt: day(7), createdAt: day(1), refusal: { reason: 'price', stage: 'proposal', note: '', at: day(7) }, stageHistory: [step('opened', 'qualification', day(1)), step('refused', 'qualification', day(7), 'price')] });
    // w2: qualification 4 days, proposal 10 days, won (skipped needs and contract).
    const w2 = deal('w2', { status: 'won', closedAt: day(15), createdAt: day(1), stageHistory: [step('opened', 'qualification', day(1)), step('stage', 'proposal', day(5)), step('won', 'proposal', day(15))] });
    // w1: every stage: qualification 2, needs 3, proposal 5, contract 10 days, won.
    const w1 = deal('w1', {
      status: 'won',
      closedAt: day(21),
      createdAt: day(1),
      stageHistory: [step('opened', 'qualification', day(1)), step('stage', 'needs', day(3)), step('stage', 'proposal', day(6)), step('stage', 'contract', day(11)), step('won', 'contract', day(21))],
    });
    // r1: qualification 2 days, needs 5 days, refused at needs.
    const r1 = deal('r1', { status: 'refused', closedAt: day(8), createdAt: day(1), refusal: { reason: 'price', stage: 'needs', note: '', at: day(8) }, stageHistory: [step('opened', 'qualification', day(1)), step('stage', 'needs', day(3)), step('refused', 'needs', day(8), 'price')] });
    const index = indexAnalytics(data({ deals: [r2, w2, w1, r1] }));
    const d = dealDuration(index, anna);
    // Time counts only the deals that stayed in a stage: qualification (6 + 4 + 2 + 2) / 4 = 3.5,
    // needs (3 + 5) / 2 = 4, proposal (10 + 5) / 2 = 7.5, contract 10 / 1.
    // Got past: qualification all 4; needs w1 and the skippers w2 and r2, r1 refused there → 3 of 4;
    // proposal w2, w1, r2 refused there → 2 of 3; contract both won deals, w2 having skipped it → 2 of 2.
    expect(d.perStage).toEqual([
      { stage: 'qualification', averageDays: 3.5, dealIds: ['r2', 'w2', 'w1', 'r1'], passedDealIds: ['r2', 'w2', 'w1', 'r1'], refusedDealIds: [], completion: 1 },
      { stage: 'needs', averageDays: 4, dealIds: ['w1', 'r1'], passedDealIds: ['r2', 'w2', 'w1'], refusedDealIds: ['r1'], completion: 0.75 },
      { stage: 'proposal', averageDays: 7.5, dealIds: ['w2', 'w1'], passedDealIds: ['w2', 'w1'], refusedDealIds: ['r2'], completion: 2 / 3 },
      { stage: 'contract', averageDays: 10, dealIds: ['w1'], passedDealIds: ['w2', 'w1'], refusedDealIds: [], completion: 1 },
    ]);
    // What got past one stage is what came into the next (got past it or was refused at it) …
    for (let k = 1; k < d.perStage.length; k++) expect(d.perStage[k]!.passedDealIds.length + d.perStage[k]!.refusedDealIds.length).toBe(d.perStage[k - 1]!.passedDealIds.length);
    // … and the last stage's agrees with the Deals won tile.
    expect([...d.perStage.at(-1)!.passedDealIds].sort()).toEqual([...salesResults(index, anna).won.ids].sort());
  });
});

describe('stalledDeals', () => {
  it('finds open deals without a stage change or a contact for longer than the threshold', () => {
    const idle = deal('idle', { stageHistory: [step('opened', 'qualification', '2026-03-01T10:00:00Z')], createdAt: '2026-03-01T10:00:00Z' });
    const talked = deal('talked', { stageHistory: [step('opened', 'qualification', '2026-03-01T10:00:00Z')], createdAt: '2026-03-01T10:00:00Z' });
    const moved = deal('moved', { stageHistory: [step('opened', 'qualification', '2026-02-01T10:00:00Z'), step('stage', 'proposal', '2026-03-20T10:00:00Z')] });
    const index = indexAnalytics(data({ deals: [idle, talked, moved], history: [contact('h', 'c1', '2026-04-01T10:00:00Z', 'talked')] }));
    // today 2026-04-10: idle since 03-01 = 40 days; moved since 03-20 = 21 days; talked since 04-01 = 9 days.
    const stalled = stalledDeals(index, anna, 20);
    expect(stalled.map((s) => [s.dealId, s.idleDays])).toEqual([
      ['idle', 40],
      ['moved', 21],
    ]);
    expect(stalledDeals(index, anna, 21).map((s) => s.dealId)).toEqual(['idle']);
  });
});

describe('clientsInWork and overdueContacts', () => {
  const index = indexAnalytics(
    data({
      clients: [client('withDeal'), client('withPlan'), client('contacted'), client('quiet'), client('inactive', { status: 'inactive' }), client('bohdans', { owner: BOHDAN })],
      deals: [deal('d', { clientId: 'withDeal' }), deal('dInactive', { clientId: 'inactive' }), deal('dB', { clientId: 'bohdans', owner: BOHDAN })],
      plannedContacts: [plan('late', 'withPlan', '2026-04-09'), plan('dueToday', 'withPlan', '2026-04-10'), plan('done', 'quiet', '2026-03-01', { status: 'done' })],
      history: [contact('h1', 'contacted', '2026-02-15T10:00:00Z'), contact('h2', 'quiet', '2025-12-30T10:00:00Z')],
    }),
  );

  it('counts a manager’s active clients with an open deal, an open plan or a contact in the period', () => {
    expect(clientsInWork(index, anna)).toEqual({ count: 3, ids: ['withDeal', 'withPlan', 'contacted'] });
    expect(clientsInWork(index, team).count).toBe(4);
  });

  it('lists open planned contacts due before today', () => {
    expect(overdueContacts(index, anna)).toEqual({ count: 1, ids: ['late'] });
  });
});

describe('receivables', () => {
  it('ages what is still unpaid by days past the due date', () => {
    const d = deal('d');
    const notDue = invoice('notDue', 'd', 100_00, '2026-04-01', '2026-04-10');
    const late5 = invoice('late5', 'd', 200_00, '2026-03-01', '2026-04-05');
    const late45 = invoice('late45', 'd', 300_00, '2026-01-01', '2026-02-24');
    const paid = invoice('paid', 'd', 50_00, '2026-01-01', '2026-01-10');
    const index = indexAnalytics(data({ deals: [d], invoices: [notDue, late5, late45, paid], payments: [payment('p1', late45, 120_00, '2026-03-01'), payment('p2', paid, 50_00, '2026-01-09')] }));
    const r = receivables(index, anna);
    // late45: due 02-24, today 04-10 → 4 + 31 + 10 = 45 days; 300.00 − 120.00 = 180.00 outstanding.
    expect(r.open.map((o) => [o.invoiceId, o.daysOverdue, o.outstandingMinor])).toEqual([
      ['late45', 45, 180_00],
      ['late5', 5, 200_00],
      ['notDue', 0, 100_00],
    ]);
    expect(r.byBucket.map((b) => [b.bucket, b.totals.map((t) => t.minor)])).toEqual([
      ['not-due', [100_00]],
      ['1-30', [200_00]],
      ['31-60', [180_00]],
      ['61-90', []],
      ['over-90', []],
    ]);
    // overdue: 200.00 + 180.00 = 380.00
    expect(r.overdue).toEqual([{ currency: 'UAH', minor: 380_00, ids: ['late5', 'late45'] }]);
  });
});

describe('refusalReasons', () => {
  it('splits refusals by stage, overall and by segment with shares', () => {
    const index = indexAnalytics(
      data({
        clients: [client('c1', { industry: 'it' }), client('c2', { industry: 'retail' })],
        deals: [
          refusedDeal('r1', 'benefits', 'proposal', '2026-01-10T00:00:00Z'),
          refusedDeal('r2', 'benefits', 'qualification', '2026-02-10T00:00:00Z', { clientId: 'c2' }),
          refusedDeal('r3', 'price', 'proposal', '2026-03-10T00:00:00Z', { clientId: 'c2' }),
          refusedDeal('r4', 'benefits', 'proposal', '2026-03-11T00:00:00Z'),
          refusedDeal('late', 'price', 'proposal', '2026-04-02T00:00:00Z'),
        ],
      }),
    );
    const r = refusalReasons(index, anna, 'industry');
    expect(r.total).toBe(4);
    // benefits 3 of 4 = 75 %, price 1 of 4 = 25 %
    expect(r.overall.map((s) => [s.reason, s.count, s.share])).toEqual([
      ['benefits', 3, 0.75],
      ['price', 1, 0.25],
    ]);
    expect(r.byStage.map((s) => [s.stage, s.reasons.map((x) => [x.reason, x.dealIds])])).toEqual([
      ['proposal', [['benefits', ['r1', 'r4']], ['price', ['r3']]]],
      ['qualification', [['benefits', ['r2']]]],
    ]);
    // retail: r2 benefits, r3 price → 50 % each
    expect(r.bySegment.find((s) => s.segment === 'retail')!.reasons.map((x) => x.share)).toEqual([0.5, 0.5]);
  });
});

describe('dataQuality', () => {
  it('gives the share of active cards missing each field, with the cards', () => {
    const index = indexAnalytics(
      data({
        clients: [client('full'), client('noSegment', { region: '', industry: '' }), client('noSource', { leadSource: '' }), client('noOwner', { owner: '' }), client('gone', { status: 'inactive', region: '' })],
        plannedContacts: [plan('p', 'full', '2026-05-01')],
      }),
    );
    const q = dataQuality(index, team);
    expect(q.total).toBe(4);
    const missing = Object.fromEntries(q.missing.map((m) => [m.check, [m.share, m.ids]]));
    // 1 of 4 active cards misses the region = 25 %; 3 of 4 have no planned next contact = 75 %.
    expect(missing.region).toEqual([0.25, ['noSegment']]);
    expect(missing.leadSource).toEqual([0.25, ['noSource']]);
    expect(missing.owner).toEqual([0.25, ['noOwner']]);
    expect(missing.nextContact).toEqual([0.75, ['noSegment', 'noSource', 'noOwner']]);
    expect(missing.domains).toEqual([0, []]);
  });
});
