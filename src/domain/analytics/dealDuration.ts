import type { AnalyticsIndex } from './AnalyticsIndex';
import { positionsOf } from './OwnedPositions';
import { dayRangeOf, inDayRange } from './Period';
import { pipelineOrder } from './pipelineOrder';
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
 * counts both stays for that deal) and how many deals got past it, in the team's order of stages
 * (pipelineOrder). A won deal got past every stage of the pipeline; a refused deal got past the
 * stages before the one it was refused at, and any later one it stayed in before going back. A
 * stage a deal skipped still counts, so the last stage's "got past" is the period's won deals.
 */
export type DealDuration = { averageDays: number | null; dealIds: string[]; perStage: StageDuration[] };

export function dealDuration(index: AnalyticsIndex, scope: Scope): DealDuration {
  const range = dayRangeOf(scope.period);
  const { closedDay, totalMs, stays, refusedAt } = index.deals;
  const order = pipelineOrder(index.deals, index.data.dealStages);
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
