import type { AttachmentContent } from '../domain/conversationPorts';
import { parseEmailAddress } from '../domain/model/EmailAddress';
import type { HistoryEntry } from '../domain/model/HistoryEntry';
import type { StoredPart } from '../domain/model/LoggingSettings';
import { allowedStoredPart, keepStoredPart } from '../domain/rules/keepStoredPart';
import type { NeverLogReason } from '../domain/rules/neverLog';
import { DEFAULT_ATTACHMENT_CAP_MB } from '../domain/model/LoggingSettings';
import type { Attachment, MailBody, ReadItem } from '../domain/ports';
import type { AppDeps } from './AppDeps';
import { currentAuthor } from './currentAuthor';
import { bodyToText } from './emailText';
import { loggingRules, whyNeverLogged } from './loggingRules';
import type { AttachmentSaving } from './saveEmailAttachments';

export type LogEmailResult =
  | { status: 'logged' | 'already-logged'; entry: HistoryEntry; mark: MarkResult }
  | { status: 'no-message-id' }
  /** A never-log rule covers the message: nothing was stored and the message was not marked. */
  | { status: 'never-log'; reason: NeverLogReason };

/** Where a message other than the open one is read and marked (a thread's messages through Graph or the demo). */
export type MessageAccess = {
  getBody(item: ReadItem): Promise<MailBody>;
  markLogged(item: ReadItem): Promise<void>;
  /** Attachment bytes (base64, or with the Content-ID read along); without it attachments cannot be saved with the entry. */
  getAttachmentContent?(item: ReadItem, attachment: Attachment): Promise<string | AttachmentContent>;
};

export type LogEmailOptions = {
  /** What the author keeps of this message; never more than the team allows (default: what the team allows). */
  storedPart?: StoredPart;
  /** Logged by the author's auto-log, not a click: listed for one-click undo. */
  auto?: boolean;
  /** The open message is read and marked through the mail host; others through this. */
  access?: MessageAccess;
  /** Save the attachments with the entry (default: the author's setting); only when the whole body may be kept. */
  saveAttachments?: boolean;
};

/** Whether the Outlook category was set; the entry is saved either way. */
export type MarkResult = { ok: true } | { ok: false; error: unknown };

async function mark(access: MessageAccess, item: ReadItem): Promise<MarkResult> {
  try {
    await access.markLogged(item);
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
 * The Outlook category is set either way, so the mark is repaired if it was lost. A message under
 * a never-log rule is not stored at all, and of the rest only what the team allows is written:
 * a body that may not be kept is not even read.
 */
export async function logEmail(
  deps: AppDeps,
  item: ReadItem,
  clientId: string,
  contactIds: string[],
  options: LogEmailOptions = {},
): Promise<LogEmailResult> {
  const { store, ids, clock } = deps;
  const access: MessageAccess = options.access ?? deps.mailHost;
  if (!item.internetMessageId) return { status: 'no-message-id' };
  const id = ids.forMessage(item.internetMessageId);
  const existing = await store.getHistoryEntry(id);
  if (existing) return { status: 'already-logged', entry: existing, mark: await mark(access, item) };
  const reason = await whyNeverLogged(deps, item);
  if (reason) return { status: 'never-log', reason };
  const { team, mine } = await loggingRules(deps);
  const part = allowedStoredPart(team.storedPart, options.storedPart);
  let body: MailBody | null = null;
  if (part === 'body') {
    try {
      body = await access.getBody(item);
    } catch (cause) {
      throw new LogEmailError('The message body could not be read.', { cause });
    }
  }
  // Attachments are content like the body: kept only where the whole message may be.
  let attachments: AttachmentSaving | null = null;
  const library = deps.mailing?.documents;
  if (part === 'body' && (options.saveAttachments ?? mine.saveAttachments ?? false) && item.attachments.length && library) {
    const client = await store.getClient(clientId);
    const read = access.getAttachmentContent?.bind(access);
    // Loaded only by managers who save attachments.
    const { saveEmailAttachments } = await import('./saveEmailAttachments');
    attachments = await saveEmailAttachments(library, read, item, { id: clientId, name: client?.name ?? '' }, team.attachmentCapMb ?? DEFAULT_ATTACHMENT_CAP_MB, body);
    body = attachments.body;
  }
  const text = body ? bodyToText(body) : '';
  const me = await currentAuthor(deps);
  const fromParsed = item.from ? parseEmailAddress(item.from.email) : null;
  const now = clock.now().toISOString();
  const entry: HistoryEntry = keepStoredPart(
    {
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
        ...(attachments && { savedAttachments: attachments.saved, skippedAttachments: attachments.skipped }),
      },
      completesPlannedContactId: '',
      ...(options.auto ? { autoLogged: true } : {}),
      createdAt: now,
      updatedAt: now,
    },
    part,
  );
  const added = await store.addHistoryEntryOnce(entry);
  const marked = await mark(access, item);
  if (!added) return { status: 'already-logged', entry: (await store.getHistoryEntry(id)) ?? entry, mark: marked };
  return { status: 'logged', entry, mark: marked };
}
