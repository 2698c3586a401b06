import type { AnalyticsIndex } from './AnalyticsIndex';
import type { DealFacts } from './DealFacts';
import { positionsOf } from './OwnedPositions';
import { dayRangeOf, inDayRange } from './Period';
import type { Scope } from './Scope';

const DAY_MS = 86_400_000;

/**
 * One stage, as the deals closed in the period went through it: the average time a deal that stayed
 * in it spent there (0 when every deal skipped it) and those deals (`dealIds`); the deals that got
 * past it (`passedDealIds`) and those refused at it; the share of the two that got past is its
 * completion.
 */
export type StageDuration = { stage: string; averageDays: number; dealIds: string[]; passedDealIds: string[]; refusedDealIds: string[]; completion: number };

/**
 * How long deals closed in the period (won or refused) took: from opening (the first stage-history
 * entry, else the record's creation) to closing, in days; and per stage, the average time a deal
 * that stayed in the stage spent in it (consecutive stage-history entries; a stage visited twice
 * counts both stays for that deal) and how many deals got past it. A won deal got past every stage
 * of the pipeline; a refused deal got past the stages before the one it was refused at, and any
 * later one it stayed in before going back. A stage a deal skipped still counts, so the last stage's
 * "got past" is the period's won deals.
 */
export type DealDuration = { averageDays: number | null; dealIds: string[]; perStage: StageDuration[] };

export function dealDuration(index: AnalyticsIndex, scope: Scope): DealDuration {
  const range = dayRangeOf(scope.period);
  const { closedDay, totalMs, stays, refusedAt } = index.deals;
  const order = pipelineOrder(index.deals);
  const rank = new Int32Array(order.length);
  order.forEach((stage, r) => (rank[stage] = r));
  const dealIds: string[] = [];
  let sumMs = 0;
  // Indexed by stage number.
  const stageMs = new Float64Array(order.length);
  const stayed = order.map((): string[] => []);
  const passed = order.map((): string[] => []);
  const refused = order.map((): string[] => []);
  const stageLastDeal = new Int32Array(order.length).fill(-1);
  for (const i of positionsOf(index.deals.closed, scope.owner)) {
    if (!inDayRange(range, closedDay[i]!)) continue;
    const id = index.deals.id[i]!;
    dealIds.push(id);
    sumMs += totalMs[i]!;
    for (let s = stays.start[i]!; s < stays.start[i + 1]!; s++) {
      const stage = stays.stage[s]!;
      stageMs[stage]! += stays.ms[s]!;
      // A deal's stays come one after another: list it once per stage.
      if (stageLastDeal[stage] !== i) stayed[stage]!.push(id);
      stageLastDeal[stage] = i;
    }
    const refusedStage = refusedAt[i]!;
    // A won deal went beyond every stage; a refused one, beyond those before its refusal's (-1: none recorded, only the stages it stayed in).
    const beyond = refusedStage >= 0 ? rank[refusedStage]! : index.deals.isWon[i] ? order.length : -1;
    for (const stage of order) {
      if (stage === refusedStage) refused[stage]!.push(id);
      else if (rank[stage]! < beyond || stageLastDeal[stage] === i) passed[stage]!.push(id);
    }
  }
  return {
    averageDays: dealIds.length ? sumMs / dealIds.length / DAY_MS : null,
    dealIds,
    perStage: order
      .filter((stage) => passed[stage]!.length + refused[stage]!.length > 0)
      .map((stage) => {
        const through = stayed[stage]!;
        const got = passed[stage]!;
        const out = refused[stage]!;
        return { stage: stays.stageCodes[stage]!, averageDays: through.length ? stageMs[stage]! / through.length / DAY_MS : 0, dealIds: through, passedDealIds: got, refusedDealIds: out, completion: got.length / (got.length + out.length) };
      }),
  };
}

const orders = new WeakMap<DealFacts, number[]>();

/**
 * The pipeline's stages (numbers in `stays.stageCodes`) in order, as the closed deals went through
 * them: the figures get no picklist, and a deal's history shows the order even where it skipped a
 * stage. Each stage beats another when more deals reached it after that one than before (a deal's
 * refusal stage is the last it reached); the most wins comes first, ties by where in their
 * histories deals reached it. Worked out once per snapshot.
 */
function pipelineOrder(deals: DealFacts): number[] {
  const known = orders.get(deals);
  if (known) return known;
  const { stays, refusedAt } = deals;
  const n = stays.stageCodes.length;
  const before = new Float64Array(n * n);
  const placeSum = new Float64Array(n);
  const placeCount = new Float64Array(n);
  const reachedBy = new Int32Array(n).fill(-1);
  const reached: number[] = [];
  for (let i = 0; i < deals.id.length; i++) {
    reached.length = 0;
    for (let s = stays.start[i]!; s < stays.start[i + 1]!; s++) {
      const stage = stays.stage[s]!;
      if (reachedBy[stage] !== i) reached.push(stage);
      reachedBy[stage] = i;
    }
    const last = refusedAt[i]!;
    if (last >= 0 && reachedBy[last] !== i) reached.push(last);
    if (last >= 0) reachedBy[last] = i;
    for (let a = 0; a < reached.length; a++) {
      for (let b = a + 1; b < reached.length; b++) before[reached[a]! * n + reached[b]!]! += 1;
      placeSum[reached[a]!]! += reached.length > 1 ? a / (reached.length - 1) : 0;
      placeCount[reached[a]!]! += 1;
    }
  }
  const wins = new Float64Array(n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) wins[a]! += Math.sign(before[a * n + b]! - before[b * n + a]!);
  const place = (s: number) => (placeCount[s] ? placeSum[s]! / placeCount[s]! : 1);
  const order = Array.from({ length: n }, (_, s) => s).sort((a, b) => wins[b]! - wins[a]! || place(a) - place(b) || a - b);
  orders.set(deals, order);
  return order;
}
