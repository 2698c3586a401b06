import { recordsInScope, type AnalyticsIndex } from './AnalyticsIndex';
import { figureOf, type Figure } from './Figure';
import { inPeriod } from './Period';
import type { Scope } from './Scope';

/**
 * Clients actually in work: not inactive, and with an open deal, an open planned contact, or a
 * contact logged in the period.
 */
export function clientsInWork(index: AnalyticsIndex, scope: Scope): Figure {
  const ids: string[] = [];
  for (const c of recordsInScope(index, scope, 'clients')) {
    if (c.status === 'inactive') continue;
    const last = index.lastContactByClient.get(c.id);
    if (index.clientsWithOpenDeal.has(c.id) || index.clientsWithOpenPlan.has(c.id) || (last !== undefined && inPeriod(scope.period, last))) ids.push(c.id);
  }
  return figureOf(ids);
}
