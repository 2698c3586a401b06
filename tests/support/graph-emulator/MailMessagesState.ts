/**
 * The emulator's stored mail (issue 7): messages in the inbox and Sent Items that the pane reads
 * through Graph. GET /me/messages with `$filter=conversationId eq '…'` or `internetMessageId eq '…'`
 * (paged with `$top` and @odata.nextLink, no $orderby, like the service with these filters),
 * GET /me/messages/{id} with `$select`, PATCH /me/messages/{id} (categories, isRead), and Sent
 * Items' delta feed: /me/mailFolders/sentitems/messages/delta (or mailFolders('sentitems')) with
 * `changeType=created` and `$filter=receivedDateTime ge …` on the first round, then nextLink pages
 * and a deltaLink that replays only what changed since; moved or deleted messages come back as
 * `{id, '@removed': {reason: 'deleted'}}`, and an expired token answers 410 SyncStateNotFound.
 * Attachments: GET /me/messages/{id}/attachments (with `$select` of the base type's properties
 * only, as the service: selecting contentId is a 400) and `$expand=attachments($select=…)` on the
 * list, each with its '@odata.type'; GET …/attachments/{id} gives a file's contentBytes and
 * contentId, an item or a cloud link without bytes. hasAttachments counts only attachments that are
 * not inline, like Exchange.
 */
import { graphError, type EmulatorRequest, type EmulatorResponse } from './SharePointState';

export type EmulatedRecipient = { name: string; address: string };

export type StoredMessage = {
  id: string;
  folder: 'inbox' | 'sentitems';
  internetMessageId: string;
  conversationId: string;
  subject: string;
  from: EmulatedRecipient;
  to: EmulatedRecipient[];
  cc: EmulatedRecipient[];
  /** ISO instant; for Sent Items the moment it was sent, as Exchange sets it. */
  receivedDateTime: string;
  categories: string[];
  isRead: boolean;
  body: { contentType: 'html' | 'text'; content: string };
  attachments: EmulatedAttachment[];
};

/** 'item': an attached message; 'reference': a cloud link. Only files have bytes. */
export type EmulatedAttachment = {
  id: string;
  kind: 'file' | 'item' | 'reference';
  name: string;
  contentType: string;
  isInline: boolean;
  contentId?: string;
  bytes?: Uint8Array;
  /** What Graph reports; a file's byte length when not given. */
  size?: number;
};

const ATTACHMENT_TYPES = { file: '#microsoft.graph.fileAttachment', item: '#microsoft.graph.itemAttachment', reference: '#microsoft.graph.referenceAttachment' } as const;
const ATTACHMENT_BASE = new Set(['id', 'name', 'contentType', 'size', 'isInline', 'lastModifiedDateTime']);

export type NewMessage = Partial<Omit<StoredMessage, 'internetMessageId' | 'from' | 'to'>> &
  Pick<StoredMessage, 'internetMessageId' | 'from' | 'to'>;

type Change = { seq: number; id: string; kind: 'created' | 'updated' | 'removed' };
type DeltaState = { generation: number; after: number; since: string | null; createdOnly: boolean; skip: number; upTo: number };

const PATCHABLE = new Set(['categories', 'isRead']);
const SENT_FOLDER = /^\/me\/mailFolders(?:\/sentitems|\('sentitems'\))\/messages\/delta$/i;

const encodeState = (s: DeltaState) => Buffer.from(JSON.stringify(s)).toString('base64url');
function decodeState(token: string): DeltaState | null {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as DeltaState;
  } catch {
    return null;
  }
}

export class MailMessagesState {
  /** Every stored message by id; tests read categories here. */
  readonly messages = new Map<string, StoredMessage>();
  /** Calls made to the Sent Items delta feed (each page counts once). */
  deltaCalls = 0;
  /** Attachment ids whose content (contentBytes) was asked for. */
  readonly attachmentReads: string[] = [];
  /** PATCH calls received, with the message id and the body. */
  readonly patches: { id: string; body: unknown }[] = [];
  private readonly changes: Change[] = [];
  private seq = 0;
  /** Tokens of an older generation answer 410 (expireDeltaTokens). */
  private generation = 0;

  constructor(
    private readonly baseUrl: () => string,
    private readonly pageSize: number,
  ) {}

  /** Stores a message (as if it arrived or was sent) and returns its id. */
  add(message: NewMessage): string {
    const id = message.id ?? `msg-${++this.seq}`;
    const stored: StoredMessage = {
      folder: 'inbox',
      conversationId: '',
      subject: '',
      cc: [],
      receivedDateTime: new Date().toISOString(),
      categories: [],
      isRead: false,
      body: { contentType: 'html', content: '' },
      attachments: [],
      ...message,
      id,
    };
    this.messages.set(id, stored);
    this.changes.push({ seq: ++this.seq, id, kind: 'created' });
    return id;
  }

  /** Moves a message out of its folder (deleted, or moved elsewhere): Sent Items' feed reports it removed. */
  remove(id: string): void {
    if (this.messages.delete(id)) this.changes.push({ seq: ++this.seq, id, kind: 'removed' });
  }

  /** Delta links issued so far stop working, as when Exchange drops the sync state. */
  expireDeltaTokens(): void {
    this.generation++;
  }

  /** Answers a stored-mail call, or null when the path is not one. */
  handle(req: EmulatorRequest): EmulatorResponse | null {
    const { method, path, query } = req;
    if (method === 'GET' && SENT_FOLDER.test(path)) return this.delta(query);
    if (method === 'GET' && path === '/me/messages') return this.list(query);
    const a = /^\/me\/messages\/([^/]+)\/attachments(?:\/([^/]+))?$/.exec(path);
    if (a && method === 'GET') {
      const owner = this.messages.get(decodeURIComponent(a[1]!));
      if (!owner) return notFound();
      if (!a[2]) return attachmentList(owner, query.get('$select'));
      const attachment = owner.attachments.find((x) => x.id === decodeURIComponent(a[2]!));
      if (!attachment) return notFound();
      this.attachmentReads.push(attachment.id);
      return ok(attachmentJson(attachment, null, true));
    }
    const m = /^\/me\/messages\/([^/]+)$/.exec(path);
    if (!m) return null;
    const message = this.messages.get(decodeURIComponent(m[1]!));
    if (method === 'GET') return message ? ok(project(message, query.get('$select'))) : notFound();
    if (method === 'PATCH') return message ? this.patch(message, req.body) : notFound();
    return null;
  }

  private list(query: URLSearchParams): EmulatorResponse {
    if (query.has('$orderby')) return graphError(400, 'InefficientFilter', 'The restriction or sort order is too complex for this operation.');
    const filter = /^(conversationId|internetMessageId) eq '((?:[^']|'')*)'$/.exec(query.get('$filter') ?? '');
    if (!filter) return graphError(400, 'BadRequest', 'Only conversationId or internetMessageId equality filters are emulated.');
    const [, field, literal] = filter as unknown as [string, 'conversationId' | 'internetMessageId', string];
    const value = literal.replace(/''/g, "'");
    const hits = [...this.messages.values()].filter((msg) => msg[field] === value);
    const top = Math.min(Number(query.get('$top') ?? this.pageSize) || this.pageSize, this.pageSize);
    const skip = Number(query.get('$skip') ?? 0);
    const expand = /^attachments(?:\(\$select=([^)]*)\))?$/.exec(query.get('$expand') ?? '');
    if (query.has('$expand') && !expand) return graphError(400, 'BadRequest', 'Only $expand=attachments is emulated.');
    const attachmentSelect = expand?.[1] ?? null;
    if (attachmentSelect && unknownAttachmentProperty(attachmentSelect)) return unknownProperty(unknownAttachmentProperty(attachmentSelect)!);
    const page = hits.slice(skip, skip + top).map((msg) => {
      const projected = project(msg, query.get('$select'));
      // Without $select on the expansion every file's contentBytes comes along, as on the service.
      return expand ? { ...projected, attachments: msg.attachments.map((x) => attachmentJson(x, attachmentSelect, !attachmentSelect)) } : projected;
    });
    const body: Record<string, unknown> = { value: page };
    if (skip + top < hits.length) {
      const next = new URLSearchParams(query);
      next.set('$skip', String(skip + top));
      body['@odata.nextLink'] = `${this.baseUrl()}/v1.0/me/messages?${next.toString()}`;
    }
    return ok(body);
  }

  private patch(message: StoredMessage, body: unknown): EmulatorResponse {
    const fields = (body ?? {}) as Record<string, unknown>;
    const unknown = Object.keys(fields).filter((k) => !PATCHABLE.has(k));
    if (unknown.length) return graphError(400, 'ErrorInvalidPropertyUpdateSentMessage', `Cannot update ${unknown.join(', ')} here.`);
    if ('categories' in fields && (!Array.isArray(fields.categories) || fields.categories.some((c) => typeof c !== 'string'))) {
      return graphError(400, 'BadRequest', 'categories must be a list of strings.');
    }
    this.patches.push({ id: message.id, body });
    Object.assign(message, fields);
    this.changes.push({ seq: ++this.seq, id: message.id, kind: 'updated' });
    return ok(project(message, null));
  }

  private delta(query: URLSearchParams): EmulatorResponse {
    this.deltaCalls++;
    const token = query.get('$deltatoken') ?? query.get('$skiptoken');
    let state: DeltaState;
    if (token) {
      const decoded = decodeState(token);
      if (!decoded) return graphError(400, 'BadRequest', 'The sync state token is not valid.');
      if (decoded.generation !== this.generation) return graphError(410, 'SyncStateNotFound', 'The sync state generation is not valid any more.');
      state = query.has('$deltatoken') ? { ...decoded, skip: 0, upTo: this.seq } : decoded;
    } else {
      const since = /^receivedDateTime ge (\S+)$/.exec(query.get('$filter') ?? '');
      if (query.has('$filter') && !since) return graphError(400, 'BadRequest', 'Delta on messages filters only on receivedDateTime ge.');
      state = { generation: this.generation, after: 0, since: since?.[1] ?? null, createdOnly: query.get('changeType') === 'created', skip: 0, upTo: this.seq };
    }
    const select = query.get('$select');
    const entries = this.deltaEntries(state).map((e) => (e.kind === 'removed' ? { id: e.id, '@removed': { reason: 'deleted' } } : project(this.messages.get(e.id)!, select)));
    const page = entries.slice(state.skip, state.skip + this.pageSize);
    const root = `${this.baseUrl()}/v1.0/me/mailFolders/sentitems/messages/delta`;
    if (state.skip + this.pageSize < entries.length) {
      return ok({ value: page, '@odata.nextLink': `${root}?$skiptoken=${encodeState({ ...state, skip: state.skip + this.pageSize })}` });
    }
    return ok({ value: page, '@odata.deltaLink': `${root}?$deltatoken=${encodeState({ ...state, after: state.upTo, skip: 0 })}` });
  }

  /** The round's changes to Sent Items after `state.after` up to `state.upTo`: the latest per message. */
  private deltaEntries(state: DeltaState): Change[] {
    const latest = new Map<string, Change>();
    for (const c of this.changes) {
      if (c.seq <= state.after || c.seq > state.upTo) continue;
      const message = this.messages.get(c.id);
      if (c.kind !== 'removed' && (!message || message.folder !== 'sentitems')) continue;
      if (c.kind !== 'removed' && state.since && message!.receivedDateTime < state.since) continue;
      // A first round lists what is there; removals only mean something to a client that saw the message.
      if (c.kind === 'removed' && state.after === 0) {
        latest.delete(c.id);
        continue;
      }
      if (state.createdOnly && c.kind === 'updated') continue;
      latest.set(c.id, c);
    }
    return [...latest.values()];
  }
}

function ok(body: unknown): EmulatorResponse {
  return { status: 200, headers: {}, body };
}

function notFound(): EmulatorResponse {
  return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
}

const recipient = (r: EmulatedRecipient) => ({ emailAddress: { name: r.name, address: r.address } });

/** The message as Graph returns it, limited to `$select` when given (id always included). */
function project(m: StoredMessage, select: string | null): Record<string, unknown> {
  const full: Record<string, unknown> = {
    id: m.id,
    internetMessageId: m.internetMessageId,
    conversationId: m.conversationId,
    subject: m.subject,
    from: recipient(m.from),
    sender: recipient(m.from),
    toRecipients: m.to.map(recipient),
    ccRecipients: m.cc.map(recipient),
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.receivedDateTime,
    categories: [...m.categories],
    isRead: m.isRead,
    hasAttachments: m.attachments.some((x) => !x.isInline),
    body: m.body,
  };
  if (!select) return full;
  const wanted = new Set(['id', ...select.split(',').map((s) => s.trim())]);
  return Object.fromEntries(Object.entries(full).filter(([k]) => wanted.has(k)));
}

function unknownAttachmentProperty(select: string): string | undefined {
  return select.split(',').map((s) => s.trim()).find((s) => s && !ATTACHMENT_BASE.has(s));
}

const unknownProperty = (name: string) => graphError(400, 'RequestBroker--ParseUri', `Could not find a property named '${name}' on type 'microsoft.graph.attachment'.`);

function attachmentList(message: StoredMessage, select: string | null): EmulatorResponse {
  const wrong = select ? unknownAttachmentProperty(select) : undefined;
  if (wrong) return unknownProperty(wrong);
  return ok({ value: message.attachments.map((x) => attachmentJson(x, select, !select)) });
}

/** An attachment as Graph returns it: the base properties (limited to `select`), and a file's own when `whole`. */
function attachmentJson(a: EmulatedAttachment, select: string | null, whole: boolean): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: a.id,
    name: a.name,
    contentType: a.contentType,
    size: a.size ?? a.bytes?.length ?? 0,
    isInline: a.isInline,
    lastModifiedDateTime: '2026-11-20T09:00:00Z',
  };
  const wanted = select ? new Set(['id', ...select.split(',').map((s) => s.trim())]) : null;
  const json: Record<string, unknown> = { '@odata.type': ATTACHMENT_TYPES[a.kind], ...Object.fromEntries(Object.entries(base).filter(([k]) => !wanted || wanted.has(k))) };
  if (whole && a.kind === 'file') {
    json.contentId = a.contentId ?? null;
    json.contentBytes = Buffer.from(a.bytes ?? new Uint8Array()).toString('base64');
  }
  return json;
}
