import type { AnalyticsIndex } from './AnalyticsIndex';
import { clientsInWork } from './clientsInWork';
import { dataQuality } from './dataQuality';
import { dealDuration } from './dealDuration';
import { overdueContacts } from './overdueContacts';
import { receivables } from './receivables';
import { refusedIn, sharesOf } from './refusalReasons';
import { stalledDeals } from './stalledDeals';
import type { Scope } from './Scope';

/** Limits the head of sales sets; a null limit is not checked. */
export type AlarmThresholds = {
  clientsInWorkMin: number | null;
  clientsInWorkMax: number | null;
  /** Receivables overdue by more than this many days. */
  receivableOverdueDays: number | null;
  /** Open deals idle for more than this many days count as stalled … */
  stalledDays: number | null;
  /** … and more than this many stalled deals per manager raise an alarm. */
  stalledDealsMax: number | null;
  overdueContactsMax: number | null;
  averageDealDaysMax: number | null;
  /** Share 0..1 of cards missing a segment, source, owner or next contact. */
  missingDataShareMax: number | null;
  /** Share 0..1 of the deals closed in the period that were refused. */
  refusalShareMax: number | null;
  /** Share 0..1 of the deals through a stage that got past it (see dealDuration). */
  stageCompletionMin: number | null;
};

export const defaultAlarmThresholds: AlarmThresholds = {
  clientsInWorkMin: 10,
  clientsInWorkMax: 60,
  receivableOverdueDays: 30,
  stalledDays: 30,
  stalledDealsMax: 0,
  overdueContactsMax: 5,
  averageDealDaysMax: 90,
  missingDataShareMax: 0.2,
  refusalShareMax: 0.5,
  stageCompletionMin: 0.5,
};

// A share of fewer deals than this says more about chance than about the manager.
const FEWEST_DEALS_FOR_A_SHARE = 5;

export type AlarmKind =
  | 'clients-in-work-low'
  | 'clients-in-work-high'
  | 'receivables-overdue'
  | 'stalled-deals'
  | 'overdue-contacts'
  | 'deal-duration'
  | 'missing-data'
  | 'refusals-high'
  | 'stage-completion-low';

/** The kinds whose value and limit are shares (0..1). */
export const shareAlarmKinds: ReadonlySet<AlarmKind> = new Set<AlarmKind>(['missing-data', 'refusals-high', 'stage-completion-low']);

/**
 * One alarming fact: what (kind), whose (a manager's email, or null for the team), the value found
 * against the limit, and the records behind it. `recordKind` says what the ids are.
 */
export type Alarm = {
  kind: AlarmKind;
  owner: string | null;
  value: number;
  threshold: number;
  /** missing-data: which field is missing; refusals-high: the most frequent reason; stage-completion-low: the stage. */
  detail: string;
  recordKind: 'client' | 'deal' | 'invoice' | 'plannedContact';
  ids: string[];
};

/** The alarms for each manager in `owners` (the scope's period and today apply to all). */
export function alarms(index: AnalyticsIndex, scope: Scope, owners: string[], t: AlarmThresholds): Alarm[] {
  const found: Alarm[] = [];
  for (const owner of owners) {
    const s: Scope = { ...scope, owner };
    const push = (a: Omit<Alarm, 'owner'>) => found.push({ ...a, owner });
    if (t.clientsInWorkMin !== null || t.clientsInWorkMax !== null) {
      const inWork = clientsInWork(index, s);
      if (t.clientsInWorkMin !== null && inWork.count < t.clientsInWorkMin) push({ kind: 'clients-in-work-low', value: inWork.count, threshold: t.clientsInWorkMin, detail: '', recordKind: 'client', ids: inWork.ids });
      if (t.clientsInWorkMax !== null && inWork.count > t.clientsInWorkMax) push({ kind: 'clients-in-work-high', value: inWork.count, threshold: t.clientsInWorkMax, detail: '', recordKind: 'client', ids: inWork.ids });
    }
    if (t.receivableOverdueDays !== null) {
      const limit = t.receivableOverdueDays;
      const late = receivables(index, s).open.filter((o) => o.daysOverdue > limit);
      if (late.length) push({ kind: 'receivables-overdue', value: late.length, threshold: limit, detail: '', recordKind: 'invoice', ids: late.map((o) => o.invoiceId) });
    }
    if (t.stalledDays !== null) {
      const stalled = stalledDeals(index, s, t.stalledDays);
      if (stalled.length > (t.stalledDealsMax ?? 0)) push({ kind: 'stalled-deals', value: stalled.length, threshold: t.stalledDays, detail: '', recordKind: 'deal', ids: stalled.map((d) => d.dealId) });
    }
    if (t.overdueContactsMax !== null) {
      const overdue = overdueContacts(index, s);
      if (overdue.count > t.overdueContactsMax) push({ kind: 'overdue-contacts', value: overdue.count, threshold: t.overdueContactsMax, detail: '', recordKind: 'plannedContact', ids: overdue.ids });
    }
    const duration = t.averageDealDaysMax !== null || t.refusalShareMax !== null || t.stageCompletionMin !== null ? dealDuration(index, s) : null;
    if (duration && t.averageDealDaysMax !== null && duration.averageDays !== null && duration.averageDays > t.averageDealDaysMax) {
      push({ kind: 'deal-duration', value: Math.round(duration.averageDays), threshold: t.averageDealDaysMax, detail: '', recordKind: 'deal', ids: duration.dealIds });
    }
    if (duration && t.refusalShareMax !== null && duration.dealIds.length >= FEWEST_DEALS_FOR_A_SHARE) {
      const refused = refusedIn(index, s);
      const share = refused.length / duration.dealIds.length;
      if (share > t.refusalShareMax) push({ kind: 'refusals-high', value: share, threshold: t.refusalShareMax, detail: sharesOf(refused)[0]!.reason, recordKind: 'deal', ids: refused.map((d) => d.id) });
    }
    if (duration && t.stageCompletionMin !== null) {
      for (const stage of duration.perStage) {
        if (stage.passedDealIds.length + stage.refusedDealIds.length >= FEWEST_DEALS_FOR_A_SHARE && stage.completion < t.stageCompletionMin) {
          push({ kind: 'stage-completion-low', value: stage.completion, threshold: t.stageCompletionMin, detail: stage.stage, recordKind: 'deal', ids: stage.refusedDealIds });
        }
      }
    }
    if (t.missingDataShareMax !== null) {
      const limit = t.missingDataShareMax;
      for (const m of dataQuality(index, s).missing) {
        if (m.check !== 'domains' && m.share > limit) push({ kind: 'missing-data', value: m.share, threshold: limit, detail: m.check, recordKind: 'client', ids: m.ids });
      }
    }
  }
  return found;
}
