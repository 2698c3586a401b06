import type { Department } from '../domain/model/Department';
import type { HistoryEntry } from '../domain/model/HistoryEntry';
import type { AppDeps } from './AppDeps';
import { currentAuthor } from './currentAuthor';

/** What every contact recorded by hand (a call, a meeting, a survey; not a logged email) is made of. */
export type RecordedContact = {
  clientId: string;
  /** A 'historyType' code: call, meeting, survey … */
  type: string;
  /** ISO instant the contact happened. */
  at: string;
  text: string;
  outcome?: string;
  contactIds?: string[];
  /** Defaults to the department of the signed-in member's role. */
  department?: Department;
};

/** The links a recorded contact may carry: the plan it closes, the deal or case it belongs to, a survey's score. */
type RecordedContactLinks = Pick<HistoryEntry, 'completesPlannedContactId'> & Partial<Pick<HistoryEntry, 'dealId' | 'serviceCaseId' | 'surveyScore'>>;

/**
 * A contact recorded by hand, as the history keeps it: written by the signed-in user, now. Sales'
 * "Record contact" and the other departments' entries build it alike so the history reads them alike.
 */
export async function recordedContactEntry(
  deps: Pick<AppDeps, 'mailHost' | 'store' | 'ids' | 'clock'>,
  input: RecordedContact,
  links: RecordedContactLinks,
): Promise<HistoryEntry> {
  const me = await currentAuthor(deps);
  const now = deps.clock.now().toISOString();
  return {
    id: deps.ids.newId(),
    clientId: input.clientId,
    contactIds: input.contactIds ?? [],
    type: input.type,
    department: input.department ?? me.department,
    author: me.author,
    authorName: me.authorName,
    at: new Date(input.at).toISOString(),
    subject: '',
    text: input.text.trim(),
    outcome: (input.outcome ?? '').trim(),
    email: null,
    ...links,
    createdAt: now,
    updatedAt: now,
  };
}
