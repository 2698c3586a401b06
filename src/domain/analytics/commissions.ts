import { recordsInScope, type AnalyticsIndex } from './AnalyticsIndex';
import { addToTotals, percentOfMinor, type CurrencyTotal } from './CurrencyTotal';
import { monthOf } from './Period';
import type { Money } from '../model/Money';

/** A volume tier: when the month's received money in `currency` reaches `fromMinor`, `percent` applies to all of it. */
export type CommissionTier = { currency: string; fromMinor: number; percent: number };

/** How one manager is paid. Percentages may carry two decimals. */
export type PayRule = {
  percentOfReceived: number;
  tiers: CommissionTier[];
  /** Piece-rate: a fixed amount for each deal won in the month (in the rule's currency), or null. */
  perWonDeal: { currency: string; minor: number } | null;
};

/** The team's rule, and per-manager rules that replace it entirely. */
export type CommissionRules = { base: PayRule; overrides: { owner: string; rule: PayRule }[] };

export const defaultCommissionRules: CommissionRules = { base: { percentOfReceived: 0, tiers: [], perWonDeal: null }, overrides: [] };

/** `base` is what the line counts (the payment, or the deal won, in its own currency); `currency` is the pay's. */
export type StatementLine =
  | { kind: 'payment'; id: string; clientId: string; dealId: string; date: string; currency: string; base: Money; percent: number; payMinor: number }
  | { kind: 'won-deal'; id: string; clientId: string; dealId: string; date: string; currency: string; base: Money; percent: null; payMinor: number };

/** A manager's pay for one month (yyyy-mm): each payment and deal it counts, and the totals per currency. */
export type CommissionStatement = { owner: string; month: string; lines: StatementLine[]; totals: CurrencyTotal[] };

export function ruleFor(rules: CommissionRules, owner: string): PayRule {
  return rules.overrides.find((o) => o.owner === owner)?.rule ?? rules.base;
}

/**
 * Each payment received in the month on the manager's deals earns the percentage — the highest tier
 * the month's volume in that currency reaches, else the base percent — rounded half-up per payment,
 * so the statement's lines add up to its total. Each deal won in the month earns the fixed amount.
 */
export function commissionStatement(index: AnalyticsIndex, owner: string, month: string, rules: CommissionRules): CommissionStatement {
  const rule = ruleFor(rules, owner);
  const payments = recordsInScope(index, { owner }, 'payments').filter((p) => monthOf(p.date) === month).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const volume = new Map<string, number>();
  for (const p of payments) volume.set(p.currency, (volume.get(p.currency) ?? 0) + p.amountMinor);
  const percentIn = (currency: string) => {
    const reached = rule.tiers.filter((t) => t.currency === currency && (volume.get(currency) ?? 0) >= t.fromMinor).sort((a, b) => b.fromMinor - a.fromMinor)[0];
    return reached ? reached.percent : rule.percentOfReceived;
  };
  const lines: StatementLine[] = [];
  for (const p of payments) {
    const percent = percentIn(p.currency);
    lines.push({ kind: 'payment', id: p.id, clientId: p.clientId, dealId: p.dealId, date: p.date, currency: p.currency, base: { currency: p.currency, minor: p.amountMinor }, percent, payMinor: percentOfMinor(p.amountMinor, percent) });
  }
  if (rule.perWonDeal) {
    const fixed = rule.perWonDeal;
    const won = recordsInScope(index, { owner }, 'deals').filter((d) => d.status === 'won' && monthOf(d.closedAt) === month).sort((a, b) => a.closedAt.localeCompare(b.closedAt));
    for (const d of won) lines.push({ kind: 'won-deal', id: d.id, clientId: d.clientId, dealId: d.id, date: d.closedAt.slice(0, 10), currency: fixed.currency, base: { currency: d.currency, minor: d.amountMinor }, percent: null, payMinor: fixed.minor });
  }
  const totals: CurrencyTotal[] = [];
  for (const l of lines) if (l.payMinor > 0) addToTotals(totals, l.currency, l.payMinor, l.id);
  return { owner, month, lines: lines.filter((l) => l.payMinor > 0), totals };
}
