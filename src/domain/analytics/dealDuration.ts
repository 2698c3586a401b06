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
  const perStage = new Map<string, { ms: number; dealIds: string[] }>();
  for (const d of closed) {
    const timing = timingOf(index, d);
    totalMs += timing.totalMs;
    for (const [stageCode, ms] of timing.stays) {
      let stage = perStage.get(stageCode);
      if (!stage) perStage.set(stageCode, (stage = { ms: 0, dealIds: [] }));
      stage.ms += ms;
      // A deal's stays come one after another: list it once per stage.
      if (stage.dealIds[stage.dealIds.length - 1] !== d.id) stage.dealIds.push(d.id);
    }
  }
  return {
    averageDays: closed.length ? totalMs / closed.length / DAY_MS : null,
    dealIds: closed.map((d) => d.id),
    perStage: [...perStage].map(([stage, s]) => ({ stage, averageDays: s.ms / s.dealIds.length / DAY_MS, dealIds: s.dealIds })),
  };
}

type DealTiming = { totalMs: number; stays: [stage: string, ms: number][] };

// A deal's stays are worked out once per snapshot: the team's figure, each manager's alarm and
// every period the user picks read the same closed deals.
const timings = new WeakMap<AnalyticsIndex, Map<string, DealTiming>>();

function timingOf(index: AnalyticsIndex, d: Deal): DealTiming {
  let known = timings.get(index);
  if (!known) timings.set(index, (known = new Map()));
  let timing = known.get(d.id);
  if (timing) return timing;
  const steps = isChronological(d.stageHistory) ? d.stageHistory : [...d.stageHistory].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const stays: [string, number][] = [];
  for (let i = 0; i + 1 < steps.length; i++) {
    const step = steps[i]!;
    if (step.kind === 'won' || step.kind === 'refused') continue;
    stays.push([step.to, instantMs(steps[i + 1]!.at) - instantMs(step.at)]);
  }
  timing = { totalMs: instantMs(d.closedAt) - instantMs(openedAt(d)), stays };
  known.set(d.id, timing);
  return timing;
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
