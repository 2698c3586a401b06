import { recordsInScope, type AnalyticsIndex } from './AnalyticsIndex';
import type { Deal } from '../model/Deal';
import { inPeriod, instantMs } from './Period';
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
  const closed = recordsInScope(index, scope, 'deals').filter((d) => d.status !== 'open' && inPeriod(scope.period, d.closedAt));
  let totalMs = 0;
  const perStage = new Map<string, { ms: number; deals: Set<string> }>();
  for (const d of closed) {
    totalMs += instantMs(d.closedAt) - instantMs(openedAt(d));
    const steps = isChronological(d.stageHistory) ? d.stageHistory : [...d.stageHistory].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    for (let i = 0; i + 1 < steps.length; i++) {
      const step = steps[i]!;
      if (step.kind === 'won' || step.kind === 'refused') continue;
      let stage = perStage.get(step.to);
      if (!stage) perStage.set(step.to, (stage = { ms: 0, deals: new Set() }));
      stage.ms += instantMs(steps[i + 1]!.at) - instantMs(step.at);
      stage.deals.add(d.id);
    }
  }
  return {
    averageDays: closed.length ? totalMs / closed.length / DAY_MS : null,
    dealIds: closed.map((d) => d.id),
    perStage: [...perStage].map(([stage, s]) => ({ stage, averageDays: s.ms / s.deals.size / DAY_MS, dealIds: [...s.deals] })),
  };
}

function openedAt(deal: Deal): string {
  let first = deal.createdAt;
  for (const s of deal.stageHistory) if (s.at < first) first = s.at;
  return first;
}

function isChronological(steps: readonly { at: string }[]): boolean {
  for (let i = 1; i < steps.length; i++) if (steps[i]!.at < steps[i - 1]!.at) return false;
  return true;
}
