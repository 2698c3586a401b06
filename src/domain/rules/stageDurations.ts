import type { Deal } from '../model/Deal';

export type StageDuration = { stage: string; ms: number };

/**
 * How long the deal spent open in each stage, from its stage history, up to `asOf` (an ISO instant)
 * while it is still open. Time between a closing and a reopening counts for no stage.
 * Stages come in the order the deal first entered them.
 */
export function stageDurations(deal: Deal, asOf: string): StageDuration[] {
  const totals = new Map<string, number>();
  let stage = '';
  let since: number | null = null;
  const stop = (at: number) => {
    if (stage && since !== null) totals.set(stage, (totals.get(stage) ?? 0) + Math.max(0, at - since));
    since = null;
  };
  for (const change of deal.stageHistory) {
    const at = Date.parse(change.at);
    if (change.kind === 'won' || change.kind === 'refused') {
      stop(at);
      continue;
    }
    stop(at);
    stage = change.to;
    since = at;
    if (!totals.has(stage)) totals.set(stage, 0);
  }
  if (deal.status === 'open') stop(Date.parse(asOf));
  return [...totals].map(([s, ms]) => ({ stage: s, ms }));
}
