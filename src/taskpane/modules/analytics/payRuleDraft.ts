import type { PayRule } from '../../../app/analyticsTypes';
import { isValidDiscount } from '../../../domain/model/Money';
import { readDecimal } from '../../../domain/readDecimal';
import { decimalText } from '../../ui/decimalText';
import { readAmount, type amountProblemKey } from '../deals/utils/amountInput';

/** A volume tier as typed: `key` tells the rows apart while they are edited. */
export type TierDraft = { key: number; currency: string; from: string; percent: string };

/** A pay rule as the head of sales types it, before it is read. */
export type RuleDraft = { percent: string; perWon: string; perWonCurrency: string; tiers: TierDraft[] };

/** What is wrong with a field: a percent (analyticsStrings), or an amount, told as on deals (dealsStrings). */
export type RuleProblem = 'percentBad' | (typeof amountProblemKey)[keyof typeof amountProblemKey];
/** Field names: 'percent', 'perWon', and `from-<key>` / `percent-<key>` for a tier. */
export type RuleProblems = Record<string, RuleProblem>;

let nextKey = 0;
export const newTier = (currency: string): TierDraft => ({ key: ++nextKey, currency, from: '', percent: '' });

/** A rule as its fields show it, numbers written as `locale` writes them. */
export function draftOf(rule: PayRule, currency: string, locale: string): RuleDraft {
  return {
    percent: decimalText.number(rule.percentOfReceived, locale),
    perWon: rule.perWonDeal ? decimalText.amount(rule.perWonDeal.minor, rule.perWonDeal.currency, locale) : '',
    perWonCurrency: rule.perWonDeal?.currency ?? currency,
    tiers: rule.tiers.map((t) => ({ ...newTier(t.currency), from: decimalText.amount(t.fromMinor, t.currency, locale), percent: decimalText.number(t.percent, locale) })),
  };
}

// Percentages are held as a discount is: 0-100 with at most two decimals (commissions.ts rounds each line on them).
export function readPercent(text: string): number | null {
  const value = readDecimal(text);
  return isValidDiscount(value) ? value : null;
}

/**
 * The rule a draft says, or what is wrong with each field that cannot be read. An empty percent
 * of payments is none; an empty fixed amount is no piece-rate; a tier needs both its fields.
 */
export function readRule(draft: RuleDraft): { rule: PayRule; problems: null } | { rule: null; problems: RuleProblems } {
  const problems: RuleProblems = {};
  const percent = draft.percent.trim() === '' ? 0 : readPercent(draft.percent);
  if (percent === null) problems.percent = 'percentBad';
  let perWonDeal: PayRule['perWonDeal'] = null;
  if (draft.perWon.trim() !== '') {
    const amount = readAmount(draft.perWon, draft.perWonCurrency);
    if (amount.problem) problems.perWon = amount.problem;
    else perWonDeal = { currency: draft.perWonCurrency, minor: amount.minor };
  }
  const tiers: PayRule['tiers'] = [];
  for (const tier of draft.tiers) {
    const from = readAmount(tier.from, tier.currency);
    const tierPercent = readPercent(tier.percent);
    if (from.problem) problems[`from-${tier.key}`] = from.problem;
    if (tierPercent === null) problems[`percent-${tier.key}`] = 'percentBad';
    if (from.minor !== null && tierPercent !== null) tiers.push({ currency: tier.currency, fromMinor: from.minor, percent: tierPercent });
  }
  if (Object.keys(problems).length) return { rule: null, problems };
  return { rule: { percentOfReceived: percent!, tiers, perWonDeal }, problems: null };
}
