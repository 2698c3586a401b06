import type { AttachmentContent, ConversationSource } from '../../domain/conversationPorts';
import type { EmailParticipant } from '../../domain/model/HistoryEntry';
import type { Attachment, MailBody, ReadItem } from '../../domain/ports';
import type { GraphClient } from './GraphClient';
import { GraphHttpError } from './GraphHttpError';

/**
 * Where Sent Items' delta feed continues between pane sessions (the deltaLink, an opaque URL), so
 * a reopened pane reads only what was sent since, not the whole folder again.
 */
export interface DeltaLinkStore {
  load(): string | null;
  save(link: string | null): void;
}

/** A link kept for this object's life only. */
export function memoryDeltaLinks(): DeltaLinkStore {
  let link: string | null = null;
  return {
    load: () => link,
    save: (value) => {
      link = value;
    },
  };
}

export class AttachmentUnreadableError extends Error {
  constructor(name: string, why: string) {
    super(`The attachment ${name} cannot be read: ${why}.`);
    this.name = 'AttachmentUnreadableError';
  }
}

/** The category Outlook shows on logged messages; the Office adapter uses the same name. */
const LOGGED_CATEGORY = 'Clientbook';

type GraphRecipient = { emailAddress?: { name?: string; address?: string } };
type GraphMessage = {
  id: string;
  internetMessageId?: string;
  conversationId?: string;
  subject?: string;
  from?: GraphRecipient | null;
  sender?: GraphRecipient | null;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  receivedDateTime?: string;
  sentDateTime?: string;
  categories?: string[];
  hasAttachments?: boolean;
  attachments?: GraphAttachment[];
};
/** The base attachment's properties; Graph adds '@odata.type' to tell files from items and cloud links. */
type GraphAttachment = { '@odata.type'?: string; id?: string; name?: string; size?: number; contentType?: string; isInline?: boolean };
type Page<T> = { value: T[]; '@odata.nextLink'?: string };

const SELECT = 'id,internetMessageId,conversationId,subject,from,sender,toRecipients,ccRecipients,receivedDateTime,sentDateTime,categories,hasAttachments';
/**
 * Only the base type's properties can be selected (contentId is fileAttachment's: selecting it is a
 * 400), and without $select every file's contentBytes would come along; the Content-ID is read
 * with the file's content instead.
 */
const ATTACHMENT_SELECT = 'id,name,contentType,size,isInline';

function kindOf(a: GraphAttachment): Attachment['kind'] {
  const type = a['@odata.type']?.toLowerCase() ?? '';
  if (type.endsWith('itemattachment')) return 'item';
  if (type.endsWith('referenceattachment')) return 'reference';
  return 'file';
}

function toAttachment(a: GraphAttachment): Attachment {
  return { name: a.name ?? '', size: a.size ?? 0, contentType: a.contentType ?? '', isInline: a.isInline ?? false, kind: kindOf(a), ...(a.id ? { id: a.id } : {}) };
}

/** OData string literal: single quotes are doubled, then the whole filter is URL-encoded. */
const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

function participant(r: GraphRecipient | null | undefined): EmailParticipant | null {
  const address = r?.emailAddress?.address;
  return address ? { name: r?.emailAddress?.name ?? '', email: address } : null;
}

function toReadItem(m: GraphMessage): ReadItem {
  return {
    mode: 'read',
    itemId: m.id,
    internetMessageId: m.internetMessageId ?? '',
    conversationId: m.conversationId ?? '',
    subject: m.subject ?? '',
    from: participant(m.from),
    sender: participant(m.sender),
    to: (m.toRecipients ?? []).map(participant).filter((p): p is EmailParticipant => p !== null),
    cc: (m.ccRecipients ?? []).map(participant).filter((p): p is EmailParticipant => p !== null),
    date: m.receivedDateTime ?? m.sentDateTime ?? '',
    attachments: (m.attachments ?? []).map(toAttachment),
  };
}

/**
 * A conversation's messages through Graph: /me/messages filtered by conversationId, across every
 * folder (inbox and Sent Items alike). Graph refuses $orderby with this filter, so the pages are
 * sorted here. Reads go through `reader` (a Mail.Read token), category changes through `writer`
 * (Mail.ReadWrite), so reading a thread never asks for more than reading.
 */
export class GraphConversationSource implements ConversationSource {
  constructor(
    private readonly reader: GraphClient,
    private readonly writer: GraphClient = reader,
    private readonly deltaLinks: DeltaLinkStore = memoryDeltaLinks(),
  ) {}

  /**
   * New messages of Sent Items since the stored deltaLink. The first round (no link yet, or one
   * Exchange no longer knows: 410) asks only for created messages sent at or after `since`, so
   * turning auto-log on does not page through years of sent mail.
   */
  async sentItemChanges(since?: string): Promise<ReadItem[]> {
    const saved = this.deltaLinks.load();
    try {
      return await this.readSentDelta(saved ?? this.firstSentRound(since));
    } catch (e) {
      if (!saved || !(e instanceof GraphHttpError) || e.status !== 410) throw e;
      this.deltaLinks.save(null);
      return this.readSentDelta(this.firstSentRound(since));
    }
  }

  private firstSentRound(since: string | undefined): string {
    const filter = since ? `&$filter=${encodeURIComponent(`receivedDateTime ge ${since}`)}` : '';
    return `/me/mailFolders/sentitems/messages/delta?changeType=created&$select=${SELECT}${filter}`;
  }

  private async readSentDelta(start: string): Promise<ReadItem[]> {
    type DeltaPage = Page<GraphMessage & { '@removed'?: unknown }> & { '@odata.deltaLink'?: string };
    let page = await this.reader.get<DeltaPage>(start, { Prefer: 'odata.maxpagesize=50' });
    const messages = [...page.value];
    while (page['@odata.nextLink']) {
      page = await this.reader.get<DeltaPage>(page['@odata.nextLink'], { Prefer: 'odata.maxpagesize=50' });
      messages.push(...page.value);
    }
    // Saved only once the round is complete: a round cut short starts again from the old link.
    if (page['@odata.deltaLink']) this.deltaLinks.save(page['@odata.deltaLink']);
    // Deleted messages come back as bare ids marked @removed: nothing to log.
    const sent = messages.filter((m) => !m['@removed'] && m.internetMessageId);
    // Delta cannot $expand: attachments are listed per message, only where there are some. Graph's
    // hasAttachments leaves out inline images, so a message with those alone is logged without them.
    for (const m of sent) if (m.hasAttachments) m.attachments = await this.attachmentsOf(m.id);
    return sent.map(toReadItem);
  }

  private async attachmentsOf(messageId: string): Promise<GraphAttachment[]> {
    let page = await this.reader.get<Page<GraphAttachment>>(`/me/messages/${encodeURIComponent(messageId)}/attachments?$select=${ATTACHMENT_SELECT}`);
    const attachments = [...page.value];
    while (page['@odata.nextLink']) {
      page = await this.reader.get<Page<GraphAttachment>>(page['@odata.nextLink']);
      attachments.push(...page.value);
    }
    return attachments;
  }

  private async all(filter: string, select: string, expand = ''): Promise<GraphMessage[]> {
    const query = `$filter=${encodeURIComponent(filter)}&$select=${select}&$top=50${expand ? `&$expand=${encodeURIComponent(expand)}` : ''}`;
    let page = await this.reader.get<Page<GraphMessage>>(`/me/messages?${query}`);
    const messages = [...page.value];
    while (page['@odata.nextLink']) {
      page = await this.reader.get<Page<GraphMessage>>(page['@odata.nextLink']);
      messages.push(...page.value);
    }
    return messages;
  }

  async messagesOf(conversationId: string): Promise<ReadItem[]> {
    if (!conversationId) return [];
    const messages = await this.all(`conversationId eq ${quoted(conversationId)}`, SELECT, `attachments($select=${ATTACHMENT_SELECT})`);
    return messages.map(toReadItem).sort((a, b) => a.date.localeCompare(b.date));
  }

  async getBody(item: ReadItem): Promise<MailBody> {
    const { body } = await this.reader.get<{ body?: { contentType?: string; content?: string } }>(`/me/messages/${encodeURIComponent(item.itemId)}?$select=body`);
    return { kind: body?.contentType?.toLowerCase() === 'html' ? 'html' : 'text', content: body?.content ?? '' };
  }

  /** A file attachment's contentBytes (base64) and Content-ID; items and cloud links have no bytes and reject. */
  async getAttachmentContent(item: ReadItem, attachment: Attachment): Promise<AttachmentContent> {
    if (!attachment.id) throw new AttachmentUnreadableError(attachment.name, 'it was listed without an id');
    const file = await this.reader.get<{ contentBytes?: string; contentId?: string | null }>(
      `/me/messages/${encodeURIComponent(item.itemId)}/attachments/${encodeURIComponent(attachment.id)}`,
    );
    if (typeof file.contentBytes !== 'string') throw new AttachmentUnreadableError(attachment.name, 'it is not a file');
    return { base64: file.contentBytes, ...(file.contentId ? { contentId: file.contentId.replace(/^<|>$/g, '') } : {}) };
  }

  async markLogged(item: ReadItem): Promise<void> {
    const { categories = [] } = await this.reader.get<{ categories?: string[] }>(`/me/messages/${encodeURIComponent(item.itemId)}?$select=categories`);
    if (categories.includes(LOGGED_CATEGORY)) return;
    await this.writer.patch(`/me/messages/${encodeURIComponent(item.itemId)}`, { categories: [...categories, LOGGED_CATEGORY] });
  }

  async unmarkLogged(internetMessageId: string): Promise<void> {
    const messages = await this.all(`internetMessageId eq ${quoted(internetMessageId)}`, 'id,categories');
    for (const m of messages) {
      const categories = m.categories ?? [];
      if (categories.includes(LOGGED_CATEGORY)) {
        await this.writer.patch(`/me/messages/${encodeURIComponent(m.id)}`, { categories: categories.filter((c) => c !== LOGGED_CATEGORY) });
      }
    }
  }
}
