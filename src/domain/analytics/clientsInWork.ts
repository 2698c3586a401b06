import type { AnalyticsIndex } from './AnalyticsIndex';
import { figureOf, type Figure } from './Figure';
import { positionsOf } from './OwnedPositions';
import { dayRangeOf, inDayRange } from './Period';
import type { Scope } from './Scope';

/**
 * Clients actually in work: not inactive, and with an open deal, an open planned contact, or a
 * contact logged in the period.
 */
export function clientsInWork(index: AnalyticsIndex, scope: Scope): Figure {
  const range = dayRangeOf(scope.period);
  const { hasOpenWork, lastContactDay } = index.clients;
  const ids: string[] = [];
  for (const i of positionsOf(index.clients.active, scope.owner)) {
    if (hasOpenWork[i] || inDayRange(range, lastContactDay[i]!)) ids.push(index.clients.id[i]!);
  }
  return figureOf(ids);
}
