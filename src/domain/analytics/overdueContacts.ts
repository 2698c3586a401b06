import type { AnalyticsIndex } from './AnalyticsIndex';
import { figureOf, type Figure } from './Figure';
import { positionsOf } from './OwnedPositions';
import type { Scope } from './Scope';

/** Open planned contacts whose due day is before today (ids of the planned contacts). */
export function overdueContacts(index: AnalyticsIndex, scope: Scope): Figure {
  const ids: string[] = [];
  for (const i of positionsOf(index.plannedContacts.open, scope.owner)) {
    const p = index.data.plannedContacts[i]!;
    if (p.due < scope.today) ids.push(p.id);
  }
  return figureOf(ids);
}
