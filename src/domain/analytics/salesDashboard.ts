import { alarms, type Alarm, type AlarmThresholds } from './alarms';
import type { AnalyticsIndex } from './AnalyticsIndex';
import { clientsInWork } from './clientsInWork';
import { dataQuality, type DataQuality } from './dataQuality';
import { dealDuration, type DealDuration } from './dealDuration';
import type { Figure } from './Figure';
import { forecast, type ForecastMonth } from './forecast';
import { monthlyDynamics, type MonthlyDynamics } from './monthlyDynamics';
import { overdueContacts } from './overdueContacts';
import { receivables, type Receivables } from './receivables';
import { refusalReasons, type RefusalReasons } from './refusalReasons';
import { salesResults, type SalesResults } from './salesResults';
import type { Scope } from './Scope';
import { stalledDeals, type StalledDeal } from './stalledDeals';
import { stalledDaysOf } from './stalledLimit';

/** One person's headline figures, for the table by team member; owner '' holds the records no one owns. */
export type ManagerRow = { owner: string; results: SalesResults; clientsInWork: Figure; stalled: number; overdueContacts: Figure };

/** Everything the head of sales' dashboard shows for one scope, computed in one go. */
export type SalesDashboard = {
  results: SalesResults;
  dynamics: MonthlyDynamics;
  forecast: ForecastMonth[];
  duration: DealDuration;
  stalled: StalledDeal[];
  clientsInWork: Figure;
  overdueContacts: Figure;
  receivables: Receivables;
  refusals: RefusalReasons;
  quality: DataQuality;
  alarms: Alarm[];
  managers: ManagerRow[];
};

/** `owners`: whose rows and alarms to show (everyone who owns records); the scope picks one or all. */
export function salesDashboard(index: AnalyticsIndex, scope: Scope, owners: string[], thresholds: AlarmThresholds): SalesDashboard {
  const stalled = stalledDeals(index, scope, stalledDaysOf(thresholds));
  const rowOf = (owner: string): ManagerRow => {
    const s = { ...scope, owner };
    return { owner, results: salesResults(index, s), clientsInWork: clientsInWork(index, s), stalled: stalled.filter((d) => d.owner === owner).length, overdueContacts: overdueContacts(index, s) };
  };
  const managers = owners.map(rowOf);
  // Records no one owns (a card left without an owner, the money of a deal since deleted) count in
  // the team's totals: a row of their own keeps the rows adding up to them.
  const unowned = scope.owner === null ? rowOf('') : null;
  if (unowned && hasAny(unowned)) managers.push(unowned);
  return {
    results: salesResults(index, scope),
    dynamics: monthlyDynamics(index, scope),
    forecast: forecast(index, scope),
    duration: dealDuration(index, scope),
    stalled,
    clientsInWork: clientsInWork(index, scope),
    overdueContacts: overdueContacts(index, scope),
    receivables: receivables(index, scope),
    refusals: refusalReasons(index, scope),
    quality: dataQuality(index, scope),
    alarms: alarms(index, scope, scope.owner === null ? owners : [scope.owner], thresholds),
    managers: scope.owner === null ? managers : managers.filter((m) => m.owner === scope.owner),
  };
}

function hasAny(row: ManagerRow): boolean {
  const { results } = row;
  return results.won.count > 0 || results.planned.length > 0 || results.received.length > 0 || row.clientsInWork.count > 0 || row.stalled > 0 || row.overdueContacts.count > 0;
}
