/**
 * Auto-log, opt-in per user: a received message to or from a known client is logged when it is
 * opened, without a click. Never-log rules still win (logEmail refuses such a message). What was
 * logged this way is listed for its author, and one click undoes it.
 */
import { ConversationUnavailableError, type ConversationUnavailableReason } from '../domain/ConversationUnavailableError';
import { parseEmailAddress } from '../domain/model/EmailAddress';
import type { HistoryEntry } from '../domain/model/HistoryEntry';
import type { ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { logEmail, type LogEmailResult } from './logEmail';
import { loggingRules } from './loggingRules';
import { recognizeMessage } from './recognizeMessage';
import { localSentRetries, SENT_RETRY_ATTEMPTS, type SentRetries, type SentRetry } from './sentRetries';
import { UndoAutoLogError } from './UndoAutoLogError';

export type AutoLogOutcome =
  | { kind: 'off' }
  /** Sent by the user, already logged, matching no client or several (the user chooses), or without a message id. */
  | { kind: 'not-applicable' }
  | { kind: 'done'; result: LogEmailResult };

export async function autoLogOnOpen(deps: AppDeps, item: ReadItem): Promise<AutoLogOutcome> {
  const { mine } = await loggingRules(deps);
  if (!mine.autoLog) return { kind: 'off' };
  const from = item.from ? parseEmailAddress(item.from.email) : null;
  if (!item.internetMessageId || !from?.ok || from.value.address === mine.member) return { kind: 'not-applicable' };
  const recognition = await recognizeMessage(deps, item);
  const [client, ...others] = recognition.clients;
  if (recognition.logged || !client || others.length) return { kind: 'not-applicable' };
  const contactIds = recognition.matches.flatMap((m) => (m.kind === 'contact' && m.client.id === client.id ? [m.contact.id] : []));
  return { kind: 'done', result: await logEmail(deps, item, client.id, contactIds, { auto: true }) };
}

export type SentSweep = {
  logged: number;
  /** Messages that could not be read or stored; the rest of the sweep went on. They can still be logged by hand. */
  failed: number;
  /** Of those, the ones the next sweeps try again (the others failed too often and are left to the user). */
  retrying: number;
  /** Set when Sent Items could not be read: no team store in Outlook, or its sign-in is needed. */
  unavailable?: ConversationUnavailableReason;
};

/** One Sent Items read at a time per pane: the background sweep and the one on opening a message share it. */
const sweeping = new WeakMap<AppDeps, Promise<SentSweep>>();

/**
 * Sent mail to known clients, logged without a click: new messages of Sent Items (Graph's delta
 * feed, the demo's Sent folder) sent since auto-log was turned on, each to its one matched client.
 * Never-log rules win here too, and each message is logged once (by internetMessageId). Runs in the
 * background after team syncs and whenever a message opens.
 */
export function autoLogSentMail(deps: AppDeps): Promise<SentSweep> {
  const running = sweeping.get(deps);
  if (running) return running;
  const sweep = sweepSent(deps).finally(() => sweeping.delete(deps));
  sweeping.set(deps, sweep);
  return sweep;
}

async function sweepSent(deps: AppDeps): Promise<SentSweep> {
  const { mine } = await loggingRules(deps);
  const source = deps.conversations;
  if (!mine.autoLog || !source) return { logged: 0, failed: 0, retrying: 0 };
  const since = mine.autoLogSince ?? mine.updatedAt;
  let changes: ReadItem[];
  try {
    changes = await source.sentItemChanges(since);
  } catch (e) {
    if (e instanceof ConversationUnavailableError) return { logged: 0, failed: 0, retrying: 0, unavailable: e.reason };
    throw e;
  }
  const retries = retriesOf(deps);
  const earlier = retries.load();
  const fresh = new Set(changes.map((c) => c.internetMessageId));
  const queue: SentRetry[] = [...earlier.filter((r) => !fresh.has(r.item.internetMessageId)), ...changes.map((item) => ({ item, attempts: 0 }))];
  let logged = 0;
  const again: SentRetry[] = [];
  for (const { item, attempts } of queue) {
    if (!item.date || Date.parse(item.date) < Date.parse(since)) continue;
    const recognition = await recognizeMessage(deps, item);
    const [client, ...others] = recognition.clients;
    if (recognition.logged || !client || others.length) continue;
    const contactIds = recognition.matches.flatMap((m) => (m.kind === 'contact' && m.client.id === client.id ? [m.contact.id] : []));
    try {
      const result = await logEmail(deps, item, client.id, contactIds, { auto: true, access: source });
      if (result.status === 'logged') logged++;
    } catch {
      // One unreadable message must not hold back the others sent to clients: it is tried again
      // at the next sweeps, then left to the user.
      again.push({ item, attempts: attempts + 1 });
    }
  }
  const retrying = again.filter((r) => r.attempts < SENT_RETRY_ATTEMPTS);
  retries.save(retrying);
  return { logged, failed: again.length, retrying: retrying.length };
}

const paneRetries = new WeakMap<AppDeps, SentRetries>();

/** Where openApp gave no lasting list (tests, a host without storage), retries last for the pane's life. */
function retriesOf(deps: AppDeps): SentRetries {
  if (deps.sentRetries) return deps.sentRetries;
  let retries = paneRetries.get(deps);
  if (!retries) paneRetries.set(deps, (retries = localSentRetries('', null)));
  return retries;
}

/** The signed-in user's automatically logged entries, newest first. */
export function autoLoggedEntries(deps: AppDeps, limit = 50): Promise<HistoryEntry[]> {
  return deps.data.autoLoggedBy(deps.mailHost.userProfile().email, limit);
}

/**
 * What undo did to Outlook's "Clientbook" category. Not removed: 'not-supported' (this Outlook has
 * no categories API and no way to reach the message), 'not-connected' / 'sign-in-needed' (the
 * message is not the open one and Graph needs the team's sign-in), 'failed' (the host refused).
 */
export type UndoAutoLogReport = { categoryRemoved: true } | { categoryRemoved: false; why: 'not-supported' | ConversationUnavailableReason | 'failed'; error?: unknown };

/** The open message, when it is the one this internetMessageId names. */
function openMessage(deps: AppDeps, internetMessageId: string): ReadItem | null {
  const item = deps.mailHost.currentItem();
  return item?.mode === 'read' && item.internetMessageId === internetMessageId ? item : null;
}

/**
 * Deletes an automatic entry (through the outbox, so other panes and the team site lose it too)
 * and takes the category off the message: through Outlook itself when it is the open message,
 * otherwise through the mailbox (Graph: PATCH of its categories). The entry is gone either way;
 * the report says whether the category went too, and if not, why.
 */
export async function undoAutoLog(deps: AppDeps, entryId: string): Promise<UndoAutoLogReport> {
  const entry = await deps.store.getHistoryEntry(entryId);
  const me = deps.mailHost.userProfile().email.toLowerCase();
  if (!entry) throw new UndoAutoLogError('gone');
  if (!entry.autoLogged || entry.author !== me) throw new UndoAutoLogError('not-own');
  await deps.data.deleteHistoryEntry(entryId);
  const messageId = entry.email?.internetMessageId;
  if (!messageId) return { categoryRemoved: false, why: 'not-supported' };
  const open = openMessage(deps, messageId);
  try {
    if (open && deps.mailHost.unmarkLogged) await deps.mailHost.unmarkLogged(open);
    else if (deps.conversations) await deps.conversations.unmarkLogged(messageId);
    else return { categoryRemoved: false, why: 'not-supported' };
    return { categoryRemoved: true };
  } catch (error) {
    if (error instanceof ConversationUnavailableError) return { categoryRemoved: false, why: error.reason, error };
    return { categoryRemoved: false, why: 'failed', error };
  }
}
