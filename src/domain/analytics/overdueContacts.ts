import type { AnalyticsIndex } from './AnalyticsIndex';
import { figureOf, type Figure } from './Figure';
import { ownedBy, type Scope } from './Scope';

/** Open planned contacts whose due day is before today (ids of the planned contacts). */
export function overdueContacts(index: AnalyticsIndex, scope: Scope): Figure {
  return figureOf(index.data.plannedContacts.filter((p) => p.status === 'open' && p.due < scope.today && ownedBy(scope, p.owner)).map((p) => p.id));
}
