/**
 * How a deal moves: through the configurable stages (each with a default probability), to Success
 * (won) or Refusal (with its reason and the stage it happened at), and back to open. Every step
 * appends to the deal's stage history, which is never rewritten.
 */
import type { Deal, StageChange } from '../model/Deal';
import type { ReferenceItem } from '../model/ReferenceItem';

export type DealTransitionProblem = 'closed' | 'refused' | 'not-closed' | 'unknown-stage' | 'archived-stage' | 'same-stage';

/** A move the deal's state does not allow, e.g. changing the stage of a won deal. */
export class DealTransitionError extends Error {
  override readonly name = 'DealTransitionError';
  constructor(readonly problem: DealTransitionProblem, message: string) {
    super(message);
  }
}

export type Actor = { by: string; at: string };

/** The active stages in their configured order. */
export function activeStages(items: readonly ReferenceItem[]): ReferenceItem[] {
  return items.filter((i) => i.list === 'dealStage' && !i.archived).sort((a, b) => a.order - b.order);
}

/** The stage's default probability; a stage without one counts as 0. */
export function stageProbability(items: readonly ReferenceItem[], stage: string): number {
  return items.find((i) => i.list === 'dealStage' && i.code === stage)?.probability ?? 0;
}

function stageFor(items: readonly ReferenceItem[], stage: string): ReferenceItem {
  const item = items.find((i) => i.list === 'dealStage' && i.code === stage);
  if (!item) throw new DealTransitionError('unknown-stage', `No deal stage "${stage}"`);
  if (item.archived) throw new DealTransitionError('archived-stage', `The deal stage "${stage}" is archived`);
  return item;
}

function change(deal: Deal, kind: StageChange['kind'], to: string, { by, at }: Actor, reason = '', note = ''): StageChange {
  return { kind, from: deal.stage, to, at, by, reason, note: note.trim() };
}

function requireOpen(deal: Deal): void {
  if (deal.status !== 'open') throw new DealTransitionError('closed', `The deal is ${deal.status}; reopen it first`);
}

/**
 * A refused deal takes no new planned receipts or payments: the client said no, so no money is
 * expected, and analytics would count it as revenue. What was recorded before stays correctable.
 */
export function requireAcceptsMoney(deal: Deal): void {
  if (deal.status === 'refused') throw new DealTransitionError('refused', 'The deal is refused; reopen it to plan or record money');
}

/** The first entry of a new deal's history: it opened at its first stage. */
export function openedChange(stage: string, actor: Actor): StageChange {
  return { kind: 'opened', from: '', to: stage, at: actor.at, by: actor.by, reason: '', note: '' };
}

/** Moves an open deal to another active stage (forward or back); the probability becomes the stage's default. */
export function moveDealToStage(deal: Deal, stage: string, stages: readonly ReferenceItem[], actor: Actor): Deal {
  requireOpen(deal);
  if (deal.stage === stage) throw new DealTransitionError('same-stage', `The deal is already at "${stage}"`);
  const item = stageFor(stages, stage);
  return {
    ...deal,
    stage,
    probability: item.probability ?? 0,
    stageHistory: [...deal.stageHistory, change(deal, 'stage', stage, actor)],
    updatedAt: actor.at,
  };
}

/** Closes the deal as Success: probability 100. */
export function winDeal(deal: Deal, actor: Actor, note = ''): Deal {
  requireOpen(deal);
  return {
    ...deal,
    status: 'won',
    probability: 100,
    closedAt: actor.at,
    refusal: null,
    stageHistory: [...deal.stageHistory, change(deal, 'won', deal.stage, actor, '', note)],
    updatedAt: actor.at,
  };
}

/** Closes the deal as Refusal: records the reason and the stage it happened at; probability 0. */
export function refuseDeal(deal: Deal, reason: string, actor: Actor, note = ''): Deal {
  requireOpen(deal);
  return {
    ...deal,
    status: 'refused',
    probability: 0,
    closedAt: actor.at,
    refusal: { reason, stage: deal.stage, note: note.trim(), at: actor.at },
    stageHistory: [...deal.stageHistory, change(deal, 'refused', deal.stage, actor, reason, note)],
    updatedAt: actor.at,
  };
}

/**
 * Reopens a won or refused deal at the stage it closed in, with that stage's default probability.
 * The refusal leaves the deal but stays in its stage history, next to the reopening.
 */
export function reopenDeal(deal: Deal, stages: readonly ReferenceItem[], actor: Actor, note = ''): Deal {
  if (deal.status === 'open') throw new DealTransitionError('not-closed', 'The deal is open');
  return {
    ...deal,
    status: 'open',
    probability: stageProbability(stages, deal.stage),
    closedAt: '',
    refusal: null,
    stageHistory: [...deal.stageHistory, change(deal, 'reopened', deal.stage, actor, '', note)],
    updatedAt: actor.at,
  };
}
