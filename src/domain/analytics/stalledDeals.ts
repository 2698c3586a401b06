import type { AnalyticsIndex } from './AnalyticsIndex';
import { positionsOf } from './OwnedPositions';
import { instantMs } from './Period';
import type { Scope } from './Scope';

const DAY_MS = 86_400_000;

export type StalledDeal = { dealId: string; clientId: string; owner: string; lastMovement: string; idleDays: number };

/**
 * Open deals that have not moved for more than `thresholdDays`: no stage change and no contact
 * logged against the deal since the latest of the two (or the deal's creation), counted to today.
 */
export function stalledDeals(index: AnalyticsIndex, scope: Scope, thresholdDays: number): StalledDeal[] {
  const todayMs = instantMs(scope.today);
  const { lastMovement, lastMovementDayMs } = index.deals;
  const stalled: StalledDeal[] = [];
  for (const i of positionsOf(index.deals.open, scope.owner)) {
    const idleDays = Math.floor((todayMs - lastMovementDayMs[i]!) / DAY_MS);
    if (!(idleDays > thresholdDays)) continue;
    const d = index.data.deals[i]!;
    stalled.push({ dealId: d.id, clientId: d.clientId, owner: d.owner, lastMovement: lastMovement[i]!, idleDays });
  }
  return stalled.sort((a, b) => b.idleDays - a.idleDays);
}
