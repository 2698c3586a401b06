import { isResolvedStatus, type ServiceCase } from '../domain/model/ServiceCase';
import { localIsoDate } from '../domain/rules/dayPlan';
import type { AppDeps } from './AppDeps';
import { hostLanguage } from './hostLanguage';
import { recordedContactEntry } from './recordedContactEntry';

type CaseEvent = 'opened' | 'resolved' | 'closed' | 'reopened';

const sentences: Record<'en' | 'uk', Record<CaseEvent, string>> = {
  en: { opened: 'Service case opened.', resolved: 'Service case resolved.', closed: 'Service case closed.', reopened: 'Service case reopened.' },
  uk: { opened: 'Звернення відкрито.', resolved: 'Звернення вирішено.', closed: 'Звернення закрито.', reopened: 'Звернення відкрито знову.' },
};

/** What a save did to a case that the client's history tells: opened it, resolved or closed it, reopened it; null for other edits. */
function eventOf(before: ServiceCase | undefined, after: ServiceCase): CaseEvent | null {
  if (!before) return 'opened';
  if (isResolvedStatus(before.status) === isResolvedStatus(after.status)) return null;
  return after.status === 'resolved' || after.status === 'closed' ? after.status : 'reopened';
}

/**
 * Records in the client's history, linked to the case, that it was opened, resolved, closed or
 * reopened: a note by the signed-in user, in their display language, as a note typed by hand keeps
 * its words (the History list names the case). Synced like any entry. It is dated the day the case
 * gives (opened on, resolved on), at the time of the save when that day is today.
 */
export async function recordCaseEvent(deps: AppDeps, before: ServiceCase | undefined, after: ServiceCase): Promise<void> {
  const event = eventOf(before, after);
  if (!event) return;
  const now = deps.clock.now();
  const day = event === 'opened' ? after.openedOn : event === 'reopened' ? localIsoDate(now) : after.resolvedOn;
  const language = hostLanguage(deps.mailHost.displayLanguage());
  const entry = await recordedContactEntry(
    deps,
    { clientId: after.clientId, type: 'note', at: day === localIsoDate(now) ? now.toISOString() : new Date(`${day}T12:00`).toISOString(), text: sentences[language][event] },
    { completesPlannedContactId: '', serviceCaseId: after.id },
  );
  await deps.store.recordHistory(entry, null);
}
