import type { Deal } from '../model/Deal';
import type { ReferenceItem } from '../model/ReferenceItem';

export type StageDuration = { stage: string; ms: number };

/**
 * How long the deal spent open in each stage, from its stage history, up to `asOf` (an ISO instant)
 * while it is still open. Time between a closing and a reopening counts for no stage.
 * Stages come in the order of the team's stage list (`items`: the picklists), as the pipeline
 * runs, also where the deal went back a stage; stages the list no longer has come last, in the
 * order the deal first entered them.
 */
export function stageDurations(deal: Deal, asOf: string, items: readonly ReferenceItem[]): StageDuration[] {
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
  const rank = new Map(items.filter((i) => i.list === 'dealStage').map((i) => [i.code, i.order]));
  const rankOf = (code: string) => rank.get(code) ?? Infinity;
  return [...totals].map(([s, ms]) => ({ stage: s, ms })).sort((a, b) => rankOf(a.stage) - rankOf(b.stage));
}
