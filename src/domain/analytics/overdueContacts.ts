import { recordsInScope, type AnalyticsIndex } from './AnalyticsIndex';
import { figureOf, type Figure } from './Figure';
import type { Scope } from './Scope';

/** Open planned contacts whose due day is before today (ids of the planned contacts). */
export function overdueContacts(index: AnalyticsIndex, scope: Scope): Figure {
  return figureOf(recordsInScope(index, scope, 'plannedContacts').filter((p) => p.status === 'open' && p.due < scope.today).map((p) => p.id));
}
