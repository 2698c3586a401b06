import type { ReferenceItem } from '../../../src/domain/model/ReferenceItem';
import {
  activeStages,
  DealTransitionError,
  moveDealToStage,
  refuseDeal,
  reopenDeal,
  stageProbability,
  winDeal,
} from '../../../src/domain/rules/dealLifecycle';
import { dealTimeline } from '../../../src/domain/rules/dealTimeline';
import { stageDurations } from '../../../src/domain/rules/stageDurations';
import { aDeal, referenceItems } from './dealBuilders';

const by = 'me@clientbook.example';
const on = (day: number) => ({ by, at: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z` });

describe('deal stages', () => {
  it('come in their configured order with default probabilities', () => {
    expect(activeStages(referenceItems).map((s) => [s.code, s.probability])).toEqual([
      ['qualification', 10],
      ['needs-analysis', 25],
      ['proposal', 40],
      ['negotiation', 60],
      ['contract', 80],
    ]);
  });

  it('leave archived stages out of new choices', () => {
    const items = referenceItems.map((i): ReferenceItem => (i.code === 'proposal' ? { ...i, archived: true } : i));
    expect(activeStages(items).map((s) => s.code)).not.toContain('proposal');
    expect(() => moveDealToStage(aDeal(), 'proposal', items, on(2))).toThrow(expect.objectContaining({ problem: 'archived-stage' }));
  });

  it('moving to a stage takes its default probability and records from, to, when and who', () => {
    const deal = aDeal({ probability: 15 });
    const moved = moveDealToStage(deal, 'proposal', referenceItems, on(3));
    expect(moved).toMatchObject({ stage: 'proposal', probability: 40, updatedAt: on(3).at });
    expect(moved.stageHistory.at(-1)).toEqual({ kind: 'stage', from: 'qualification', to: 'proposal', at: on(3).at, by, reason: '', note: '' });
    expect(deal.stageHistory).toHaveLength(1);
  });

  it('may move back, and a later change of the stage default does not rewrite the deal', () => {
    const forward = moveDealToStage(aDeal(), 'negotiation', referenceItems, on(3));
    const back = moveDealToStage(forward, 'proposal', referenceItems, on(4));
    expect(back.stageHistory.map((c) => `${c.from}>${c.to}`)).toEqual(['>qualification', 'qualification>negotiation', 'negotiation>proposal']);
    expect(back.probability).toBe(40);
  });

  it('refuses an unknown stage, the same stage, and any move of a closed deal', () => {
    expect(() => moveDealToStage(aDeal(), 'nowhere', referenceItems, on(2))).toThrow(DealTransitionError);
    expect(() => moveDealToStage(aDeal(), 'qualification', referenceItems, on(2))).toThrow(expect.objectContaining({ problem: 'same-stage' }));
    const won = winDeal(aDeal(), on(2));
    expect(() => moveDealToStage(won, 'proposal', referenceItems, on(3))).toThrow(expect.objectContaining({ problem: 'closed' }));
    expect(() => refuseDeal(won, 'price', on(3))).toThrow(expect.objectContaining({ problem: 'closed' }));
  });

  it('a stage without a probability counts as 0', () => {
    expect(stageProbability(referenceItems, 'nowhere')).toBe(0);
  });
});

describe('closing and reopening', () => {
  it('success sets probability 100 and the closing date', () => {
    const won = winDeal(moveDealToStage(aDeal(), 'contract', referenceItems, on(2)), on(5), 'Signed');
    expect(won).toMatchObject({ status: 'won', probability: 100, closedAt: on(5).at, refusal: null });
    expect(won.stageHistory.at(-1)).toMatchObject({ kind: 'won', from: 'contract', to: 'contract', note: 'Signed' });
  });

  it('a refusal records its reason and the stage at which it happened', () => {
    const atNegotiation = moveDealToStage(aDeal(), 'negotiation', referenceItems, on(2));
    const refused = refuseDeal(atNegotiation, 'no-benefit', on(6), ' Did not see the value ');
    expect(refused).toMatchObject({ status: 'refused', probability: 0, closedAt: on(6).at, refusal: { reason: 'no-benefit', stage: 'negotiation', note: 'Did not see the value', at: on(6).at } });
    expect(refused.stageHistory.at(-1)).toMatchObject({ kind: 'refused', from: 'negotiation', reason: 'no-benefit' });
  });

  it('reopening returns the deal to its stage and probability and leaves a trace of both the refusal and the reopening', () => {
    const refused = refuseDeal(moveDealToStage(aDeal(), 'proposal', referenceItems, on(2)), 'price', on(6));
    const reopened = reopenDeal(refused, referenceItems, on(9), 'Budget found');
    expect(reopened).toMatchObject({ status: 'open', stage: 'proposal', probability: 40, closedAt: '', refusal: null });
    expect(reopened.stageHistory.map((c) => c.kind)).toEqual(['opened', 'stage', 'refused', 'reopened']);
    expect(reopened.stageHistory[2]).toMatchObject({ reason: 'price', from: 'proposal' });
    expect(reopened.stageHistory[3]).toMatchObject({ by, at: on(9).at, note: 'Budget found' });
  });

  it('an open deal cannot be reopened', () => {
    expect(() => reopenDeal(aDeal(), referenceItems, on(2))).toThrow(expect.objectContaining({ problem: 'not-closed' }));
  });
});

describe('dealTimeline', () => {
  it('merges stage changes and the history entries linked to the deal, newest first', () => {
    const deal = moveDealToStage(aDeal({ id: 'd1' }), 'proposal', referenceItems, on(3));
    const entry = (id: string, day: number, dealId?: string) =>
      ({ id, clientId: 'client-1', dealId, at: on(day).at, type: 'call' }) as Parameters<typeof dealTimeline>[1][number];
    const timeline = dealTimeline(deal, [entry('h1', 2, 'd1'), entry('h2', 4, 'd1'), entry('other', 5, 'd2'), entry('plain', 5)]);
    expect(timeline.map((t) => (t.kind === 'stage' ? `stage:${t.change.to}` : `history:${t.entry.id}`))).toEqual([
      'history:h2',
      'stage:proposal',
      'history:h1',
      'stage:qualification',
    ]);
  });
});

describe('stageDurations', () => {
  const day = 86_400_000;

  it('adds up the time spent open in each stage, up to now for an open deal', () => {
    const deal = moveDealToStage(moveDealToStage(aDeal({ stageHistory: [{ kind: 'opened', from: '', to: 'qualification', at: on(1).at, by, reason: '', note: '' }] }), 'proposal', referenceItems, on(4)), 'qualification', referenceItems, on(6));
    expect(stageDurations(deal, on(8).at, referenceItems)).toEqual([
      { stage: 'qualification', ms: 5 * day },
      { stage: 'proposal', ms: 2 * day },
    ]);
  });

  it('stops the clock while the deal is closed, and restarts it on reopening', () => {
    const opened = aDeal({ stageHistory: [{ kind: 'opened', from: '', to: 'qualification', at: on(1).at, by, reason: '', note: '' }] });
    const refused = refuseDeal(opened, 'price', on(3));
    expect(stageDurations(refused, on(20).at, referenceItems)).toEqual([{ stage: 'qualification', ms: 2 * day }]);
    const reopened = reopenDeal(refused, referenceItems, on(10));
    expect(stageDurations(reopened, on(11).at, referenceItems)).toEqual([{ stage: 'qualification', ms: 3 * day }]);
  });

  it('lists the stages in the team’s order, where the deal went back a stage too, and a stage the list no longer has last', () => {
    const opened = aDeal({ stageHistory: [{ kind: 'opened', from: '', to: 'qualification', at: on(1).at, by, reason: '', note: '' }] });
    // qualification 1 day, negotiation 2 days, back to proposal 3 days, then a stage since deleted from the list 1 day.
    const wentBack = moveDealToStage(moveDealToStage(opened, 'negotiation', referenceItems, on(2)), 'proposal', referenceItems, on(4));
    const deal = { ...wentBack, stageHistory: [...wentBack.stageHistory, { kind: 'stage' as const, from: 'proposal', to: 'legacy', at: on(7).at, by, reason: '', note: '' }] };
    expect(stageDurations(deal, on(8).at, referenceItems).map((d) => [d.stage, d.ms / day])).toEqual([
      ['qualification', 1],
      ['proposal', 3],
      ['negotiation', 2],
      ['legacy', 1],
    ]);
  });
});
