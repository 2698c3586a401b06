import { parseEmailAddress } from '../domain/model/EmailAddress';
import type { HistoryEntry } from '../domain/model/HistoryEntry';
import type { ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { currentAuthor } from './currentAuthor';
import { bodyToText } from './emailText';

export type LogEmailResult =
  | { status: 'logged' | 'already-logged'; entry: HistoryEntry; mark: MarkResult }
  | { status: 'no-message-id' };

/** Whether the Outlook category was set; the entry is saved either way. */
export type MarkResult = { ok: true } | { ok: false; error: unknown };

async function mark(deps: AppDeps, item: ReadItem): Promise<MarkResult> {
  try {
    await deps.mailHost.markLogged(item);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

export class LogEmailError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LogEmailError';
  }
}

/**
 * Logs a read message into a client's history, once: the entry id comes from the message's
 * internetMessageId, so a second log — from this pane, another pane or another manager — finds it.
 * The Outlook category is set either way, so the mark is repaired if it was lost.
 */
export async function logEmail(deps: AppDeps, item: ReadItem, clientId: string, contactIds: string[]): Promise<LogEmailResult> {
  const { store, ids, mailHost, clock } = deps;
  if (!item.internetMessageId) return { status: 'no-message-id' };
  const id = ids.forMessage(item.internetMessageId);
  const existing = await store.getHistoryEntry(id);
  if (existing) return { status: 'already-logged', entry: existing, mark: await mark(deps, item) };
  let text: string;
  try {
    text = bodyToText(await mailHost.getBody(item));
  } catch (cause) {
    throw new LogEmailError('The message body could not be read.', { cause });
  }
  const me = await currentAuthor(deps);
  const fromParsed = item.from ? parseEmailAddress(item.from.email) : null;
  const now = clock.now().toISOString();
  const entry: HistoryEntry = {
    id,
    clientId,
    contactIds,
    type: 'email',
    department: me.department,
    author: me.author,
    authorName: me.authorName,
    at: item.date || now,
    subject: item.subject,
    text,
    outcome: '',
    email: {
      internetMessageId: item.internetMessageId,
      conversationId: item.conversationId,
      from: item.from,
      to: item.to,
      cc: item.cc,
      attachmentNames: item.attachments.filter((a) => !a.isInline).map((a) => a.name),
      direction: fromParsed?.ok && fromParsed.value.address === me.author ? 'sent' : 'received',
    },
    completesPlannedContactId: '',
    createdAt: now,
    updatedAt: now,
  };
  const added = await store.addHistoryEntryOnce(entry);
  const marked = await mark(deps, item);
  if (!added) return { status: 'already-logged', entry: (await store.getHistoryEntry(id)) ?? entry, mark: marked };
  return { status: 'logged', entry, mark: marked };
}
