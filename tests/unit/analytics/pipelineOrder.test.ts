import { indexAnalytics } from '../../../src/domain/analytics/AnalyticsIndex';
import { dealDuration } from '../../../src/domain/analytics/dealDuration';
import { refusalReasons } from '../../../src/domain/analytics/refusalReasons';
import type { Scope } from '../../../src/domain/analytics/Scope';
import type { ReferenceItem } from '../../../src/domain/model/ReferenceItem';
import { ANNA, data, deal, step } from './analyticsBuilders';

const scope: Scope = { period: { from: '2026-03-01', to: '2026-03-31' }, today: '2026-04-10', owner: ANNA };
const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T00:00:00Z`;

function stage(code: string, order: number, archived = false): ReferenceItem {
  return { id: `dealStage:${code}`, list: 'dealStage', code, labels: { en: code, uk: code }, order, archived, createdAt: day(1), updatedAt: day(1) };
}

/** A deal refused at `at`, its stages one a day from the 1st. */
function refused(id: string, stages: string[], at: string) {
  const steps = stages.map((s, k) => step(k ? 'stage' : 'opened', s, day(k + 1)));
  return deal(id, { status: 'refused', closedAt: day(stages.length + 1), refusal: { reason: 'price', stage: at, note: '', at: day(stages.length + 1) }, stageHistory: [...steps, step('refused', at, day(stages.length + 1), 'price')] });
}

function won(id: string, stages: string[]) {
  const steps = stages.map((s, k) => step(k ? 'stage' : 'opened', s, day(k + 1)));
  return deal(id, { status: 'won', closedAt: day(stages.length + 1), stageHistory: [...steps, step('won', stages.at(-1)!, day(stages.length + 1))] });
}

describe('the pipeline’s order of stages in the figures', () => {
  // The team's pipeline: qualification → needs → proposal → contract. Most deals that closed went
  // back from proposal to needs, so their histories put proposal before needs.
  const pipeline = [stage('qualification', 0), stage('needs', 1), stage('proposal', 2), stage('contract', 3)];
  // b1–b3: qualification, proposal, back to needs, refused at needs.
  const back = ['b1', 'b2', 'b3'].map((id) => refused(id, ['qualification', 'proposal', 'needs'], 'needs'));
  // r1: qualification, then proposal (skipping needs), refused at proposal.
  const r1 = refused('r1', ['qualification', 'proposal'], 'proposal');
  // w1: every stage in order, won.
  const w1 = won('w1', ['qualification', 'needs', 'proposal', 'contract']);
  const deals = [...back, r1, w1];

  it('measures completion along the team’s stage list, not the order the histories show', () => {
    const d = dealDuration(indexAnalytics(data({ deals, dealStages: pipeline })), scope);
    // Along the list: qualification all 5 got past.
    // needs: w1 went on, r1 skipped it for a later stage (past it), b1–b3 were refused there → 2 of 5.
    // proposal: w1 went on, b1–b3 stayed in it before going back (past it), r1 was refused there → 4 of 5.
    // contract: w1 won → 1 of 1.
    expect(d.perStage.map((s) => [s.stage, s.passedDealIds, s.refusedDealIds, s.completion])).toEqual([
      ['qualification', ['b1', 'b2', 'b3', 'r1', 'w1'], [], 1],
      ['needs', ['r1', 'w1'], ['b1', 'b2', 'b3'], 0.4],
      ['proposal', ['b1', 'b2', 'b3', 'w1'], ['r1'], 0.8],
      ['contract', ['w1'], [], 1],
    ]);
    // The histories' order (qualification, proposal, needs, contract) had r1 short of needs: needs 1 of 4 (25 %), listed after proposal.
    const byHistory = dealDuration(indexAnalytics(data({ deals })), scope);
    expect(byHistory.perStage.map((s) => [s.stage, s.completion])).toEqual([
      ['qualification', 1],
      ['proposal', 0.8],
      ['needs', 0.25],
      ['contract', 1],
    ]);
  });

  it('puts an archived stage in its place and a stage the list no longer has last, in the refusals by stage too', () => {
    const list = [stage('qualification', 0), stage('needs', 1, true), stage('proposal', 2)];
    // 'legacy' is a deleted code: the histories put it second, before needs.
    const deals = [won('w1', ['qualification', 'legacy', 'needs', 'proposal']), refused('r1', ['qualification', 'legacy'], 'legacy'), refused('r2', ['qualification', 'legacy', 'needs'], 'needs'), refused('r3', ['qualification', 'needs', 'proposal'], 'proposal')];
    const index = indexAnalytics(data({ deals, dealStages: list }));
    expect(dealDuration(index, scope).perStage.map((s) => s.stage)).toEqual(['qualification', 'needs', 'proposal', 'legacy']);
    expect(refusalReasons(index, scope).byStage.map((s) => s.stage)).toEqual(['needs', 'proposal', 'legacy']);
  });
});
