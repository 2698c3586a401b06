import type { AnalyticsStore } from '../domain/analyticsPorts';
import type { UserProfile } from '../domain/ports';
import { demoYear } from './demoYear';
import { settingsWithDefaults } from './analyticsFigures';
import type { CommissionRules } from '../domain/analytics/commissions';

/**
 * The demo's sample year for the analytics: five managers' clients, deals, money and contacts, with
 * the demo user as their head of sales. Written in one bulk transaction (a few thousand records).
 */
export async function seedDemoYear(store: AnalyticsStore, now: Date, me: UserProfile): Promise<void> {
  const year = demoYear({ now });
  const at = now.toISOString();
  await store.seedSample(
    { ...year, members: [...year.members, { id: 'demo-member-head', email: me.email, name: me.displayName, role: 'head-of-sales', createdAt: at, updatedAt: at }] },
    { ...settingsWithDefaults(undefined, at), commissions: demoPayRules(year.members.map((m) => m.email)) },
  );
}

/**
 * Pay rules that give every statement lines to show: 2 % of payments, 3 % of a month from
 * UAH 1.5 million and 4 % from 3 million, UAH 1,000 a won deal; the newest manager (the last)
 * on 5 % of payments alone.
 */
function demoPayRules(managers: string[]): CommissionRules {
  const newest = managers.at(-1);
  return {
    base: {
      percentOfReceived: 2,
      tiers: [
        { currency: 'UAH', fromMinor: 1_500_000_00, percent: 3 },
        { currency: 'UAH', fromMinor: 3_000_000_00, percent: 4 },
      ],
      perWonDeal: { currency: 'UAH', minor: 1_000_00 },
    },
    overrides: newest ? [{ owner: newest, rule: { percentOfReceived: 5, tiers: [], perWonDeal: null } }] : [],
  };
}
