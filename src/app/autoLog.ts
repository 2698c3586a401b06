/**
 * Auto-log, opt-in per user: a received message to or from a known client is logged when it is
 * opened, without a click. Never-log rules still win (logEmail refuses such a message). What was
 * logged this way is listed for its author, and one click undoes it.
 */
import { parseEmailAddress } from '../domain/model/EmailAddress';
import type { HistoryEntry } from '../domain/model/HistoryEntry';
import type { ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { logEmail, type LogEmailResult } from './logEmail';
import { loggingRules } from './loggingRules';
import { recognizeMessage } from './recognizeMessage';

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

export type SentSweep = { logged: number };

/**
 * Sent mail to known clients, logged without a click: new messages of Sent Items (Graph's delta
 * feed, the demo's Sent folder) sent since auto-log was turned on, each to its one matched client.
 * Never-log rules win here too. Runs in the background whenever a message opens.
 */
export async function autoLogSentMail(deps: AppDeps): Promise<SentSweep> {
  const { mine } = await loggingRules(deps);
  const source = deps.conversations;
  if (!mine.autoLog || !source) return { logged: 0 };
  const since = mine.autoLogSince ?? mine.updatedAt;
  let logged = 0;
  for (const item of await source.sentItemChanges()) {
    if (!item.date || item.date < since) continue;
    const recognition = await recognizeMessage(deps, item);
    const [client, ...others] = recognition.clients;
    if (recognition.logged || !client || others.length) continue;
    const contactIds = recognition.matches.flatMap((m) => (m.kind === 'contact' && m.client.id === client.id ? [m.contact.id] : []));
    const result = await logEmail(deps, item, client.id, contactIds, { auto: true, access: source });
    if (result.status === 'logged') logged++;
  }
  return { logged };
}

/** The signed-in user's automatically logged entries, newest first. */
export function autoLoggedEntries(deps: AppDeps, limit = 50): Promise<HistoryEntry[]> {
  return deps.data.autoLoggedBy(deps.mailHost.userProfile().email, limit);
}

export class UndoAutoLogError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UndoAutoLogError';
  }
}

/**
 * Deletes an automatic entry (through the outbox, so other panes and the team site lose it too)
 * and takes the category off the message. Returns whether the category could be removed: where
 * the host cannot reach the message, the entry is gone all the same.
 */
export async function undoAutoLog(deps: AppDeps, entryId: string): Promise<{ categoryRemoved: boolean }> {
  const entry = await deps.store.getHistoryEntry(entryId);
  const me = deps.mailHost.userProfile().email.toLowerCase();
  if (!entry?.autoLogged || entry.author !== me) throw new UndoAutoLogError('Only your own automatic entries can be undone here.');
  await deps.data.deleteHistoryEntry(entryId);
  const messageId = entry.email?.internetMessageId;
  if (!deps.conversations || !messageId) return { categoryRemoved: false };
  try {
    await deps.conversations.unmarkLogged(messageId);
    return { categoryRemoved: true };
  } catch {
    return { categoryRemoved: false };
  }
}
