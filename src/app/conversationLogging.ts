/**
 * Whole conversations: how many messages of the open message's thread are logged, and logging the
 * rest in one click — each message still once only, never-log rules still apply.
 */
import { ConversationUnavailableError, type ConversationUnavailableReason } from '../domain/ConversationUnavailableError';
import { parseEmailAddress } from '../domain/model/EmailAddress';
import type { ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { logEmail } from './logEmail';
import { participantsOf } from './recognizeMessage';
import { signInErrorOf } from './team/signInError';

export type ConversationStatus = {
  total: number;
  logged: number;
  /** Messages that would be logged by "Log the rest": not logged, not under a never-log rule, with a message id. */
  rest: ReadItem[];
  /**
   * 'whole': the mailbox listed the thread. Otherwise only what is known without it — the open
   * message and the thread's entries in the store — and why: no team store in Outlook, or its
   * sign-in is needed (after which the whole thread shows, without reloading the pane).
   */
  coverage: 'whole' | ConversationUnavailableReason;
};

export type LogRestReport = { logged: number; alreadyLogged: number; neverLogged: number; failed: number };

/** The thread of the open message as the mailbox holds it, or null where the host cannot list threads. */
export async function conversationStatus(deps: AppDeps, item: ReadItem): Promise<ConversationStatus | null> {
  const { conversations, store, ids, data } = deps;
  if (!conversations || !item.conversationId) return null;
  // The store is read first: a live view re-runs when what it read changes, and reads made after
  // awaiting the mailbox (not IndexedDB) are not all observed.
  const loggedEntries = await data.historyOfConversation(item.conversationId);
  const loggedIds = new Set(loggedEntries.map((h) => h.id));
  let listed: ReadItem[];
  try {
    listed = await conversations.messagesOf(item.conversationId);
  } catch (e) {
    if (!(e instanceof ConversationUnavailableError)) throw e;
    // What is known without the mailbox: the thread's logged entries, and the open message.
    const openLogged = !!item.internetMessageId && loggedIds.has(ids.forMessage(item.internetMessageId));
    const total = loggedEntries.length + (openLogged || !item.internetMessageId ? 0 : 1);
    return { total, logged: loggedEntries.length, rest: [], coverage: e.reason };
  }
  const messages = listed.some((m) => m.internetMessageId === item.internetMessageId) ? listed : [...listed, item];
  let logged = 0;
  const rest: ReadItem[] = [];
  for (const m of messages) {
    if (!m.internetMessageId) continue;
    const id = ids.forMessage(m.internetMessageId);
    if (loggedIds.has(id) || (await store.getHistoryEntry(id))) logged++;
    else rest.push(m);
  }
  return { total: messages.length, logged, rest, coverage: 'whole' };
}

/**
 * Asks for the sign-in reading the mailbox needs (Graph with the team's app registration); a no-op where none is needed.
 * A failed sign-in rejects with a TeamConnectError, whose reason the pane words as Connect does.
 */
export async function signInForConversations(deps: AppDeps): Promise<void> {
  try {
    await deps.conversations?.signIn?.();
  } catch (e) {
    throw signInErrorOf(e) ?? e;
  }
}

/** The client's contacts among a message's participants, so each entry links the people in it. */
async function contactIdsIn(deps: AppDeps, item: ReadItem, clientId: string): Promise<string[]> {
  const addresses = participantsOf(item).flatMap((p) => {
    const parsed = parseEmailAddress(p.email);
    return parsed.ok ? [parsed.value.address] : [];
  });
  const contacts = await deps.store.contactsByEmails(addresses);
  return contacts.filter((c) => c.clientId === clientId).map((c) => c.id);
}

/** Logs every message of the thread not yet logged into the client's history. */
export async function logRestOfConversation(deps: AppDeps, item: ReadItem, clientId: string): Promise<LogRestReport> {
  const status = await conversationStatus(deps, item);
  const report: LogRestReport = { logged: 0, alreadyLogged: 0, neverLogged: 0, failed: 0 };
  if (!status || status.coverage !== 'whole' || !deps.conversations) return report;
  const source = deps.conversations;
  for (const message of status.rest) {
    // The open message is read and marked through Outlook itself; the others through the mailbox.
    const access = message.internetMessageId === item.internetMessageId ? deps.mailHost : source;
    try {
      const result = await logEmail(deps, message, clientId, await contactIdsIn(deps, message, clientId), { access });
      if (result.status === 'logged') report.logged++;
      else if (result.status === 'already-logged') report.alreadyLogged++;
      else if (result.status === 'never-log') report.neverLogged++;
    } catch {
      // One unreadable message must not stop the thread; the report counts it and a retry picks it up.
      report.failed++;
    }
  }
  return report;
}
