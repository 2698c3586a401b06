import type { DealLine } from './DealLine';
import type { Record } from './Record';

export const dealStatuses = ['open', 'won', 'refused'] as const;
export type DealStatus = (typeof dealStatuses)[number];

export const stageChangeKinds = ['opened', 'stage', 'won', 'refused', 'reopened'] as const;
export type StageChangeKind = (typeof stageChangeKinds)[number];

/**
 * One step of a deal's life, kept forever: stage moves, closing and reopening. Durations per stage
 * follow from consecutive entries.
 */
export type StageChange = {
  kind: StageChangeKind;
  /** Stage codes ('dealStage' list) before and after; equal for won / refused / reopened. */
  from: string;
  to: string;
  /** ISO instant. */
  at: string;
  /** Member email. */
  by: string;
  /** The refusal reason code for 'refused'; '' otherwise. */
  reason: string;
  note: string;
};

/** Why and where a deal was refused. */
export type Refusal = {
  /** Reference data code of the 'refusalReason' list. */
  reason: string;
  /** The stage the deal was in when it was refused. */
  stage: string;
  note: string;
  at: string;
};

export type Deal = Record & {
  clientId: string;
  title: string;
  /** Minor units of `currency`: the sum of the lines, or entered directly when there are none. */
  amountMinor: number;
  currency: string;
  /** Member email of the responsible manager. */
  owner: string;
  /** Reference data code of the 'dealStage' list. */
  stage: string;
  /** 0..100: defaults from the stage, editable per deal. */
  probability: number;
  /** ISO date (yyyy-mm-dd) or ''. */
  expectedCloseDate: string;
  /** Reference data code of the 'salesChannel' list, or ''. */
  salesChannel: string;
  /** The campaign the deal came from, or ''. */
  campaignId: string;
  lines: DealLine[];
  stageHistory: StageChange[];
  status: DealStatus;
  /** ISO instant the deal was won or refused; '' while open. */
  closedAt: string;
  /** Set while the deal is refused; a reopened deal keeps the old refusal in its stage history only. */
  refusal: Refusal | null;
  notes: string;
};
