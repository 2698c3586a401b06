/**
 * What the figures read of each deal beyond its own fields, worked out in one walk over the deals
 * and their stage histories per snapshot: the team's figures, each manager's and every period the
 * user picks then only compare numbers.
 */
import type { Deal, StageChange } from '../model/Deal';
import { OwnedPositionsBuilder, type OwnedPositions } from './OwnedPositions';
import { dayKey, instantMs } from './Period';

/**
 * Each closed deal's stays in a stage, in order: deal i's are at [start[i], start[i + 1]) of
 * `stage` (a number in `stageCodes`) and `ms`.
 */
export type StageStays = { start: Int32Array; stage: number[]; ms: number[]; stageCodes: string[] };

export type DealFacts = {
  /** The deals' own fields the sums read, in data order (reading them off each record costs a cache miss per deal). */
  id: string[];
  currency: string[];
  amountMinor: Float64Array;
  all: OwnedPositions;
  open: OwnedPositions;
  won: OwnedPositions;
  /** Won or refused. */
  closed: OwnedPositions;
  /** Refused with a refusal recorded. */
  refused: OwnedPositions;
  /** dayKey of closedAt (NaN while open). */
  closedDay: Float64Array;
  /** Open deals: the latest stage change, contact logged against the deal, or the creation ('' for closed deals) … */
  lastMovement: string[];
  /** … and the epoch ms of its day. */
  lastMovementDayMs: Float64Array;
  /** Closed deals: from opening (the first stage change, else the creation) to closing. */
  totalMs: Float64Array;
  stays: StageStays;
  /** Refused deals: the stage they were refused at (a number in `stays.stageCodes`); -1 for the rest. */
  refusedAt: Int32Array;
  /** 1 for a won deal, 0 for the rest. */
  isWon: Uint8Array;
};

/** `visit` sees each deal in the same walk, for the joins other records make on deals (each deal read once: a cache miss per deal). */
export function dealFactsOf(deals: readonly Deal[], lastContactByDeal: ReadonlyMap<string, string>, visit: (deal: Deal) => void): DealFacts {
  const n = deals.length;
  const all = new OwnedPositionsBuilder(n);
  const open = new OwnedPositionsBuilder(n);
  const won = new OwnedPositionsBuilder(n);
  const closed = new OwnedPositionsBuilder(n);
  const refused = new OwnedPositionsBuilder(n);
  const id = new Array<string>(n);
  const currency = new Array<string>(n);
  const amountMinor = new Float64Array(n);
  const closedDay = new Float64Array(n);
  const lastMovement = new Array<string>(n).fill('');
  const lastMovementDayMs = new Float64Array(n).fill(NaN);
  const totalMs = new Float64Array(n).fill(NaN);
  const stays: StageStays = { start: new Int32Array(n + 1), stage: [], ms: [], stageCodes: [] };
  const refusedAt = new Int32Array(n).fill(-1);
  const isWon = new Uint8Array(n);
  const stageNumbers = new Map<string, number>();
  const stageNumber = (code: string) => {
    let number = stageNumbers.get(code);
    if (number === undefined) {
      stageNumbers.set(code, (number = stays.stageCodes.length));
      stays.stageCodes.push(code);
    }
    return number;
  };
  for (let i = 0; i < n; i++) {
    const d = deals[i]!;
    visit(d);
    id[i] = d.id;
    currency[i] = d.currency;
    amountMinor[i] = d.amountMinor;
    all.add(i, d.owner);
    closedDay[i] = dayKey(d.closedAt);
    if (d.status === 'open') {
      open.add(i, d.owner);
      const last = lastMovementOf(d, lastContactByDeal.get(d.id));
      lastMovement[i] = last;
      lastMovementDayMs[i] = instantMs(last.slice(0, 10));
    } else {
      closed.add(i, d.owner);
      if (d.status === 'won') {
        won.add(i, d.owner);
        isWon[i] = 1;
      }
      if (d.status === 'refused' && d.refusal) {
        refused.add(i, d.owner);
        refusedAt[i] = stageNumber(d.refusal.stage);
      }
      totalMs[i] = instantMs(d.closedAt) - instantMs(openedAt(d));
      const steps = isChronological(d.stageHistory) ? d.stageHistory : [...d.stageHistory].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      let stepMs = steps.length ? instantMs(steps[0]!.at) : 0;
      for (let s = 0; s + 1 < steps.length; s++) {
        const step = steps[s]!;
        const nextMs = instantMs(steps[s + 1]!.at);
        if (step.kind !== 'won' && step.kind !== 'refused') {
          stays.stage.push(stageNumber(step.to));
          stays.ms.push(nextMs - stepMs);
        }
        stepMs = nextMs;
      }
    }
    stays.start[i + 1] = stays.stage.length;
  }
  return { id, currency, amountMinor, all: all.build(), open: open.build(), won: won.build(), closed: closed.build(), refused: refused.build(), closedDay, lastMovement, lastMovementDayMs, totalMs, stays, refusedAt, isWon };
}

/** A deal's latest stage change, its creation, or `lastContact`, whichever came last. */
export function lastMovementOf(d: Deal, lastContact: string | undefined): string {
  let last = d.createdAt;
  for (const s of d.stageHistory) if (s.at > last) last = s.at;
  return lastContact && lastContact > last ? lastContact : last;
}

function openedAt(deal: Deal): string {
  let first = deal.createdAt;
  for (const s of deal.stageHistory) if (s.at < first) first = s.at;
  return first;
}

function isChronological(steps: readonly StageChange[]): boolean {
  for (let i = 1; i < steps.length; i++) if (steps[i]!.at < steps[i - 1]!.at) return false;
  return true;
}
