/**
 * The background side of auto-log for sent mail: run after each team sync (the scheduler's open,
 * minute, visibility and reconnect triggers), at most once a minute. Loaded with import() after
 * the first sync, so a pane without a team never downloads it.
 */
import type { AppDeps } from './AppDeps';
import { autoLogSentMail, type SentSweep } from './autoLog';
import { loggingRules } from './loggingRules';

/** Syncs can finish in quick bursts (a write, then ItemChanged): Sent Items is read once a minute at most. */
const MIN_INTERVAL_MS = 60_000;

export type SentSweepOutcome = { kind: 'off' } | { kind: 'swept'; sweep: SentSweep } | { kind: 'too-soon' } | { kind: 'failed'; error: unknown };

const lastStart = new WeakMap<AppDeps, number>();

/**
 * Never rejects: a background failure (offline, throttled) is the outcome, and the next sync tries
 * again; the pane shows a failing Sent Items read when a message is opened (useAutoLog).
 */
export async function sweepSentMail(deps: AppDeps): Promise<SentSweepOutcome> {
  try {
    // Off costs nothing and starts no pause: turning auto-log on is followed by a sweep at the next sync.
    if (!(await loggingRules(deps)).mine.autoLog) return { kind: 'off' };
    const now = deps.clock.now().getTime();
    if (now - (lastStart.get(deps) ?? -Infinity) < MIN_INTERVAL_MS) return { kind: 'too-soon' };
    lastStart.set(deps, now);
    return { kind: 'swept', sweep: await autoLogSentMail(deps) };
  } catch (error) {
    return { kind: 'failed', error };
  }
}
