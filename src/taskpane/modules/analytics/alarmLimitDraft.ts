import type { AlarmThresholds } from '../../../app/analyticsTypes';
import { readPercent } from './payRuleDraft';

// Days and counts are whole numbers; shares are typed as percents.
const wholeKeys = ['clientsInWorkMin', 'clientsInWorkMax', 'receivableOverdueDays', 'stalledDays', 'stalledDealsMax', 'overdueContactsMax', 'averageDealDaysMax'] as const;
const percentKeys = ['missingDataShareMax', 'refusalShareMax', 'stageCompletionMin'] as const;
export const limitKeys = [...wholeKeys, ...percentKeys] as const;
export type LimitKey = (typeof limitKeys)[number];
export type LimitDrafts = Record<LimitKey, string>;

/** The largest whole-number limit: beyond any team's days or clients, a longer number is a slip of the keyboard. */
export const MAX_WHOLE_LIMIT = 999_999;
const WHOLE = /^\d+$/;
export const isPercentLimit = (key: LimitKey) => (percentKeys as readonly string[]).includes(key);

/** The limits as the form shows them: empty for no limit. */
export function limitDrafts(thresholds: AlarmThresholds): LimitDrafts {
  const text = (key: LimitKey) => {
    const value = thresholds[key];
    if (value === null) return '';
    return isPercentLimit(key) ? String(Math.round(value * 10_000) / 100) : String(value);
  };
  return Object.fromEntries(limitKeys.map((key) => [key, text(key)])) as LimitDrafts;
}

/** What is wrong with a limit as typed: not a whole number, not a percent, or a least above its most. */
export type LimitProblem = 'limitBad' | 'percentLimitBad' | 'minAboveMax' | 'maxBelowMin';

// A least and a most of one figure: with the least above the most, every value raises an alarm.
const ranges: readonly (readonly [LimitKey, LimitKey])[] = [['clientsInWorkMin', 'clientsInWorkMax']];

/** The other end of the range `key` is one end of (the most for a least), if it is one. */
export function otherEndOf(key: LimitKey): LimitKey | undefined {
  return ranges.find((range) => range.includes(key))?.find((k) => k !== key);
}

/** The limits the form says, or the fields that cannot be read. */
export function readLimits(drafts: LimitDrafts): { thresholds: AlarmThresholds; problems: null } | { thresholds: null; problems: Partial<Record<LimitKey, LimitProblem>> } {
  // Keyed by the form's fields: a limit the alarms read that the form lacks fails to compile below.
  const thresholds = {} as Record<LimitKey, number | null>;
  const problems: Partial<Record<LimitKey, LimitProblem>> = {};
  for (const key of limitKeys) {
    const text = drafts[key].trim();
    if (text === '') {
      thresholds[key] = null;
    } else if (isPercentLimit(key)) {
      const percent = readPercent(text);
      if (percent === null) problems[key] = 'percentLimitBad';
      else thresholds[key] = percent / 100;
    } else if (WHOLE.test(text) && Number(text) <= MAX_WHOLE_LIMIT) {
      thresholds[key] = Number(text);
    } else {
      problems[key] = 'limitBad';
    }
  }
  for (const [min, max] of ranges) {
    const least = thresholds[min];
    const most = thresholds[max];
    if (problems[min] || problems[max] || least === null || most === null || least === undefined || most === undefined || least <= most) continue;
    problems[min] = 'minAboveMax';
    problems[max] = 'maxBelowMin';
  }
  return Object.keys(problems).length ? { thresholds: null, problems } : { thresholds, problems: null };
}
