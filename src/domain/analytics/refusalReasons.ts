import type { AnalyticsIndex } from './AnalyticsIndex';
import type { Deal } from '../model/Deal';
import { positionsOf } from './OwnedPositions';
import { dayRangeOf, inDayRange } from './Period';
import { pipelineOrder } from './pipelineOrder';
import type { Scope } from './Scope';

export type ReasonShare = { reason: string; count: number; share: number; dealIds: string[] };
export type RefusalSegment = 'region' | 'industry';

/**
 * Deals refused in the period: by the stage they were refused at (in the pipeline's order) and
 * reason, the share of each reason overall, and per segment value (the client's region or industry; '' when not set).
 */
export type RefusalReasons = {
  total: number;
  byStage: { stage: string; reasons: ReasonShare[] }[];
  overall: ReasonShare[];
  bySegment: { segment: string; reasons: ReasonShare[] }[];
};

/** The deals refused in the scope's period, with a refusal recorded. */
export function refusedIn(index: AnalyticsIndex, scope: Scope): Deal[] {
  const range = dayRangeOf(scope.period);
  const refused: Deal[] = [];
  for (const i of positionsOf(index.deals.refused, scope.owner)) if (inDayRange(range, index.deals.closedDay[i]!)) refused.push(index.data.deals[i]!);
  return refused;
}

export function refusalReasons(index: AnalyticsIndex, scope: Scope, segment: RefusalSegment = 'industry'): RefusalReasons {
  const refused = refusedIn(index, scope);
  const group = (key: (d: Deal) => string) => {
    const groups = new Map<string, Deal[]>();
    for (const d of refused) {
      const k = key(d);
      const list = groups.get(k);
      if (list) list.push(d);
      else groups.set(k, [d]);
    }
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  };
  const { stageCodes } = index.deals.stays;
  const rank = new Map(pipelineOrder(index.deals, index.data.dealStages).map((stage, r) => [stageCodes[stage]!, r]));
  return {
    total: refused.length,
    byStage: group((d) => d.refusal!.stage).sort(([a], [b]) => rank.get(a)! - rank.get(b)!).map(([stage, deals]) => ({ stage, reasons: sharesOf(deals) })),
    overall: sharesOf(refused),
    bySegment: group((d) => index.clientById.get(d.clientId)?.[segment] ?? '').map(([value, deals]) => ({ segment: value, reasons: sharesOf(deals) })),
  };
}

/** Reason shares within a set of refused deals, most frequent first. */
export function sharesOf(deals: Deal[]): ReasonShare[] {
  const byReason = new Map<string, string[]>();
  for (const d of deals) {
    const reason = d.refusal?.reason ?? '';
    const ids = byReason.get(reason);
    if (ids) ids.push(d.id);
    else byReason.set(reason, [d.id]);
  }
  return [...byReason]
    .map(([reason, dealIds]) => ({ reason, count: dealIds.length, share: dealIds.length / deals.length, dealIds }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
