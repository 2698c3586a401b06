import type { ReferenceItem } from '../model/ReferenceItem';
import type { DealFacts } from './DealFacts';

const orders = new WeakMap<DealFacts, number[]>();

/**
 * The pipeline's stages (numbers in `stays.stageCodes`) in the team's order: the stage list's
 * (`stages`, archived ones in their place), since how far a refused deal got is measured along it.
 * Stages the list no longer has (deleted codes) come after, in the order the closed deals went
 * through them. Worked out once per snapshot.
 */
export function pipelineOrder(deals: DealFacts, stages: readonly ReferenceItem[]): number[] {
  const known = orders.get(deals);
  if (known) return known;
  const listed = new Map(stages.map((s) => [s.code, s.order]));
  const codes = deals.stays.stageCodes;
  const all = codes.map((_, s) => s);
  const inList = all.filter((s) => listed.has(codes[s]!)).sort((a, b) => listed.get(codes[a]!)! - listed.get(codes[b]!)! || a - b);
  const order = inList.length === all.length ? inList : [...inList, ...historyOrder(deals).filter((s) => !listed.has(codes[s]!))];
  orders.set(deals, order);
  return order;
}

/**
 * The stages in order as the closed deals went through them, for codes no list orders: a deal's
 * history shows the order even where it skipped a stage. Each stage beats another when more deals
 * reached it after that one than before (a deal's refusal stage is the last it reached); the most
 * wins comes first, ties by where in their histories deals reached it.
 */
function historyOrder(deals: DealFacts): number[] {
  const { stays, refusedAt } = deals;
  const n = stays.stageCodes.length;
  const before = new Float64Array(n * n);
  const placeSum = new Float64Array(n);
  const placeCount = new Float64Array(n);
  const reachedBy = new Int32Array(n).fill(-1);
  const reached: number[] = [];
  for (let i = 0; i < deals.id.length; i++) {
    reached.length = 0;
    for (let s = stays.start[i]!; s < stays.start[i + 1]!; s++) {
      const stage = stays.stage[s]!;
      if (reachedBy[stage] !== i) reached.push(stage);
      reachedBy[stage] = i;
    }
    const last = refusedAt[i]!;
    if (last >= 0 && reachedBy[last] !== i) reached.push(last);
    if (last >= 0) reachedBy[last] = i;
    for (let a = 0; a < reached.length; a++) {
      for (let b = a + 1; b < reached.length; b++) before[reached[a]! * n + reached[b]!]! += 1;
      placeSum[reached[a]!]! += reached.length > 1 ? a / (reached.length - 1) : 0;
      placeCount[reached[a]!]! += 1;
    }
  }
  const wins = new Float64Array(n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) wins[a]! += Math.sign(before[a * n + b]! - before[b * n + a]!);
  const place = (s: number) => (placeCount[s] ? placeSum[s]! / placeCount[s]! : 1);
  return Array.from({ length: n }, (_, s) => s).sort((a, b) => wins[b]! - wins[a]! || place(a) - place(b) || a - b);
}
