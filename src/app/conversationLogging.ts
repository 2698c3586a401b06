/**
 * Whole conversations: how many messages of the open message's thread are logged, and logging the
 * rest in one click — each message still once only, never-log rules still apply.
 */
import { parseEmailAddress } from '../domain/model/EmailAddress';
import type { ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { logEmail } from './logEmail';
import { participantsOf } from './recognizeMessage';

export type ConversationStatus = {
  total: number;
  logged: number;
  /** Messages that would be logged by "Log the rest": not logged, not under a never-log rule, with a message id. */
  rest: ReadItem[];
};

export type LogRestReport = { logged: number; alreadyLogged: number; neverLogged: number; failed: number };

/** The thread of the open message as the mailbox holds it, or null where the host cannot list threads. */
export async function conversationStatus(deps: AppDeps, item: ReadItem): Promise<ConversationStatus | null> {
  const { conversations, store, ids, data } = deps;
  if (!conversations || !item.conversationId) return null;
  // The store is read first: a live view re-runs when what it read changes, and reads made after
  // awaiting the mailbox (not IndexedDB) are not all observed.
  const loggedIds = new Set((await data.historyOfConversation(item.conversationId)).map((h) => h.id));
  const listed = await conversations.messagesOf(item.conversationId);
  const messages = listed.some((m) => m.internetMessageId === item.internetMessageId) ? listed : [...listed, item];
  let logged = 0;
  const rest: ReadItem[] = [];
  for (const m of messages) {
    if (!m.internetMessageId) continue;
    const id = ids.forMessage(m.internetMessageId);
    if (loggedIds.has(id) || (await store.getHistoryEntry(id))) logged++;
    else rest.push(m);
  }
  return { total: messages.length, logged, rest };
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
  if (!status || !deps.conversations) return report;
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
