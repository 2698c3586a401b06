import type { AnalyticsIndex } from './AnalyticsIndex';
import { positionsOf } from './OwnedPositions';
import { dayRangeOf, inDayRange } from './Period';
import type { Scope } from './Scope';

const DAY_MS = 86_400_000;

/**
 * One stage, as the deals closed in the period went through it: the average time a deal spent in
 * it, the deals that passed through it (`dealIds`), those that went on from it (to a later stage,
 * or won) and those refused at it; the share that went on is its completion.
 */
export type StageDuration = { stage: string; averageDays: number; dealIds: string[]; passedDealIds: string[]; refusedDealIds: string[]; completion: number };

/**
 * How long deals closed in the period (won or refused) took: from opening (the first stage-history
 * entry, else the record's creation) to closing, in days; and per stage, the average time a deal
 * that passed through the stage spent in it (consecutive stage-history entries; a stage visited
 * twice counts both stays for that deal) and how many of them got past it. A deal refused at a
 * stage its history never shows it in counts for no stage.
 */
export type DealDuration = { averageDays: number | null; dealIds: string[]; perStage: StageDuration[] };

export function dealDuration(index: AnalyticsIndex, scope: Scope): DealDuration {
  const range = dayRangeOf(scope.period);
  const { closedDay, totalMs, stays, refusedAt } = index.deals;
  const dealIds: string[] = [];
  let sumMs = 0;
  // Indexed by stage number; `seen` keeps the stages in the order they first come.
  const stageMs: number[] = [];
  const stageDeals: string[][] = [];
  const stageRefused: string[][] = [];
  const stageLastDeal: number[] = [];
  const seen: number[] = [];
  for (const i of positionsOf(index.deals.closed, scope.owner)) {
    if (!inDayRange(range, closedDay[i]!)) continue;
    const id = index.deals.id[i]!;
    dealIds.push(id);
    sumMs += totalMs[i]!;
    for (let s = stays.start[i]!; s < stays.start[i + 1]!; s++) {
      const stage = stays.stage[s]!;
      let ids = stageDeals[stage];
      if (!ids) {
        stageDeals[stage] = ids = [];
        stageRefused[stage] = [];
        stageMs[stage] = 0;
        seen.push(stage);
      }
      stageMs[stage]! += stays.ms[s]!;
      // A deal's stays come one after another: list it once per stage.
      if (stageLastDeal[stage] !== i) ids.push(id);
      stageLastDeal[stage] = i;
    }
    const refusedStage = refusedAt[i]!;
    if (refusedStage >= 0 && stageLastDeal[refusedStage] === i) stageRefused[refusedStage]!.push(id);
  }
  return {
    averageDays: dealIds.length ? sumMs / dealIds.length / DAY_MS : null,
    dealIds,
    perStage: seen.map((stage) => {
      const through = stageDeals[stage]!;
      const refused = stageRefused[stage]!;
      const refusedHere = new Set(refused);
      const passed = through.filter((id) => !refusedHere.has(id));
      return { stage: stays.stageCodes[stage]!, averageDays: stageMs[stage]! / through.length / DAY_MS, dealIds: through, passedDealIds: passed, refusedDealIds: refused, completion: passed.length / through.length };
    }),
  };
}
