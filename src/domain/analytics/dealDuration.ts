import type { AnalyticsIndex } from './AnalyticsIndex';
import { positionsOf } from './OwnedPositions';
import { dayRangeOf, inDayRange } from './Period';
import type { Scope } from './Scope';

const DAY_MS = 86_400_000;

export type StageDuration = { stage: string; averageDays: number; dealIds: string[] };

/**
 * How long deals closed in the period (won or refused) took: from opening (the first stage-history
 * entry, else the record's creation) to closing, in days; and per stage, the average time a deal
 * that passed through the stage spent in it (consecutive stage-history entries; a stage visited
 * twice counts both stays for that deal).
 */
export type DealDuration = { averageDays: number | null; dealIds: string[]; perStage: StageDuration[] };

export function dealDuration(index: AnalyticsIndex, scope: Scope): DealDuration {
  const range = dayRangeOf(scope.period);
  const { closedDay, totalMs, stays } = index.deals;
  const dealIds: string[] = [];
  let sumMs = 0;
  // Indexed by stage number; `seen` keeps the stages in the order they first come.
  const stageMs: number[] = [];
  const stageDeals: string[][] = [];
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
        stageMs[stage] = 0;
        seen.push(stage);
      }
      stageMs[stage]! += stays.ms[s]!;
      // A deal's stays come one after another: list it once per stage.
      if (stageLastDeal[stage] !== i) ids.push(id);
      stageLastDeal[stage] = i;
    }
  }
  return {
    averageDays: dealIds.length ? sumMs / dealIds.length / DAY_MS : null,
    dealIds,
    perStage: seen.map((stage) => ({ stage: stays.stageCodes[stage]!, averageDays: stageMs[stage]! / stageDeals[stage]!.length / DAY_MS, dealIds: stageDeals[stage]! })),
  };
}
