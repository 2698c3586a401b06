import type { AnalyticsStore } from '../domain/analyticsPorts';
import type { UserProfile } from '../domain/ports';
import { demoYear } from './demoYear';

/**
 * The demo's sample year for the analytics: five managers' clients, deals, money and contacts, with
 * the demo user as their head of sales. Written in one bulk transaction (a few thousand records).
 */
export async function seedDemoYear(store: AnalyticsStore, now: Date, me: UserProfile): Promise<void> {
  const year = demoYear({ now });
  const at = now.toISOString();
  await store.seedSample({ ...year, members: [...year.members, { id: 'demo-member-head', email: me.email, name: me.displayName, role: 'head-of-sales', createdAt: at, updatedAt: at }] });
}
