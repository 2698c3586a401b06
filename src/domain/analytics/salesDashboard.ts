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

/** One manager's (or the team's) headline figures, for the per-manager table. */
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

/** `owners`: the team's managers (for alarms and the per-manager table); the scope picks one or all. */
export function salesDashboard(index: AnalyticsIndex, scope: Scope, owners: string[], thresholds: AlarmThresholds): SalesDashboard {
  const stalled = stalledDeals(index, scope, stalledDaysOf(thresholds));
  const managers = owners.map((owner): ManagerRow => {
    const s = { ...scope, owner };
    return { owner, results: salesResults(index, s), clientsInWork: clientsInWork(index, s), stalled: stalled.filter((d) => d.owner === owner).length, overdueContacts: overdueContacts(index, s) };
  });
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
