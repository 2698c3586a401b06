import type { Client } from '../model/Client';
import type { PlannedContact } from '../model/PlannedContact';

export type DayPlanRow = { client: Client; plans: PlannedContact[]; overdue: number; dueToday: number };

/** ISO date (yyyy-mm-dd) of an instant in the user's local time zone. */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The day's plan: open planned contacts due today or overdue, grouped per client,
 * the client with the oldest overdue plan first.
 */
export function dayPlan(plans: readonly PlannedContact[], clients: ReadonlyMap<string, Client>, today: string): DayPlanRow[] {
  const rows = new Map<string, DayPlanRow>();
  for (const plan of plans) {
    if (plan.status !== 'open' || plan.due > today) continue;
    const client = clients.get(plan.clientId);
    if (!client) continue;
    const row = rows.get(client.id) ?? { client, plans: [], overdue: 0, dueToday: 0 };
    row.plans.push(plan);
    if (plan.due < today) row.overdue++;
    else row.dueToday++;
    rows.set(client.id, row);
  }
  const sorted = [...rows.values()];
  for (const row of sorted) row.plans.sort((a, b) => a.due.localeCompare(b.due));
  return sorted.sort((a, b) => (a.plans[0]?.due ?? '').localeCompare(b.plans[0]?.due ?? '') || a.client.name.localeCompare(b.client.name));
}
