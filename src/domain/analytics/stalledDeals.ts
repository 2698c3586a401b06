import { recordsInScope, type AnalyticsIndex } from './AnalyticsIndex';
import { daysBetween } from './Period';
import type { Scope } from './Scope';

export type StalledDeal = { dealId: string; clientId: string; owner: string; lastMovement: string; idleDays: number };

/**
 * Open deals that have not moved for more than `thresholdDays`: no stage change and no contact
 * logged against the deal since the latest of the two (or the deal's creation), counted to today.
 */
export function stalledDeals(index: AnalyticsIndex, scope: Scope, thresholdDays: number): StalledDeal[] {
  const stalled: StalledDeal[] = [];
  for (const d of recordsInScope(index, scope, 'deals')) {
    if (d.status !== 'open') continue;
    let last = d.createdAt;
    for (const s of d.stageHistory) if (s.at > last) last = s.at;
    const contact = index.lastContactByDeal.get(d.id);
    if (contact && contact > last) last = contact;
    const idleDays = daysBetween(last.slice(0, 10), scope.today);
    if (idleDays > thresholdDays) stalled.push({ dealId: d.id, clientId: d.clientId, owner: d.owner, lastMovement: last, idleDays });
  }
  return stalled.sort((a, b) => b.idleDays - a.idleDays);
}
