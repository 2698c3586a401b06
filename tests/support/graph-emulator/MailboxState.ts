/**
 * The emulator's mailbox: POST /me/sendMail (202), drafts (POST /me/messages), small attachments,
 * upload sessions for large ones (chunks PUT without Authorization to a URL of their own), and
 * POST /me/messages/{id}/send. Exchange's 30 messages a minute per mailbox answer 429 with
 * Retry-After beyond it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphError, type EmulatorRequest, type EmulatorResponse } from './SharePointState';

export type EmulatedAttachment = { name: string; contentType: string; size: number; bytes: Buffer };
export type EmulatedMessage = {
  id: string;
  subject: string;
  html: string;
  to: string[];
  internetMessageId: string;
  attachments: EmulatedAttachment[];
  sentAt: number;
};

type UploadSession = { messageId: string; name: string; contentType: string; size: number; received: Buffer[]; next: number };

const MAX_RECIPIENTS = 500;

export class MailboxState {
  /** Messages sent, in order. */
  readonly sent: EmulatedMessage[] = [];
  /** Messages per minute before 429. */
  perMinute = 30;
  /** Upload chunk PUTs received, and how many carried an Authorization header (the service refuses those). */
  readonly uploads = { chunks: 0, withAuthorization: 0 };
  private readonly drafts = new Map<string, EmulatedMessage>();
  private readonly sessions = new Map<string, UploadSession>();
  private uploadServer: Server | null = null;
  private uploadPort = 0;
  private seq = 0;

  constructor(private readonly now: () => number) {}

  /** Answers a mail call, or null when the path is not a mail endpoint. */
  handle(req: EmulatorRequest): EmulatorResponse | null {
    const { method, path } = req;
    if (method === 'POST' && path === '/me/sendMail') return this.sendMail(req.body);
    if (method === 'POST' && path === '/me/messages') return this.createDraft(req.body);
    const m = /^\/me\/messages\/([^/]+)(\/attachments(\/createUploadSession)?|\/send)?$/.exec(path);
    if (!m || method !== 'POST') return null;
    const draft = this.drafts.get(decodeURIComponent(m[1]!));
    if (!draft) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (m[2] === '/send') return this.sendDraft(draft);
    if (m[3]) return this.createUploadSession(draft, req.body);
    if (m[2]) return this.addAttachment(draft, req.body);
    return null;
  }

  /** Starts the upload endpoint (upload sessions' URLs point at it). */
  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const answer = this.uploadChunk(req.url ?? '', req.headers.authorization, req.headers['content-range'], Buffer.concat(chunks));
        res.writeHead(answer.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(answer.body ?? {}));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.uploadPort = (server.address() as AddressInfo).port;
    this.uploadServer = server;
  }

  async stop(): Promise<void> {
    const server = this.uploadServer;
    this.uploadServer = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private throttled(): EmulatorResponse | null {
    const recent = this.sent.filter((s) => s.sentAt > this.now() - 60_000);
    if (recent.length < this.perMinute) return null;
    const wait = Math.max(1, Math.ceil((recent[0]!.sentAt + 60_000 - this.now()) / 1000));
    return graphError(429, 'ApplicationThrottled', 'Too many messages sent from this mailbox.', { 'Retry-After': String(wait) });
  }

  private parse(body: unknown, id: string): EmulatedMessage | EmulatorResponse {
    const message = body as {
      subject?: string;
      body?: { content?: string };
      toRecipients?: { emailAddress?: { address?: string } }[];
      internetMessageId?: string;
      attachments?: { name?: string; contentType?: string; contentBytes?: string }[];
    } | null;
    const to = (message?.toRecipients ?? []).map((r) => r.emailAddress?.address ?? '');
    if (!to.length || to.some((a) => !/^[^@\s]+@[^@\s]+$/.test(a))) return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    if (to.length > MAX_RECIPIENTS) return graphError(400, 'ErrorTooManyRecipients', 'A message can have at most 500 recipients.');
    const attachments = (message?.attachments ?? []).map((a) => {
      const bytes = Buffer.from(a.contentBytes ?? '', 'base64');
      return { name: a.name ?? '', contentType: a.contentType ?? '', size: bytes.length, bytes };
    });
    if (attachments.some((a) => a.size >= 3 * 1024 * 1024)) return graphError(413, 'ErrorRequestEntityTooLarge', 'Attachments of 3 MB or more need an upload session.');
    return { id, subject: message?.subject ?? '', html: message?.body?.content ?? '', to, internetMessageId: message?.internetMessageId ?? '', attachments, sentAt: 0 };
  }

  private sendMail(body: unknown): EmulatorResponse {
    const limited = this.throttled();
    if (limited) return limited;
    const parsed = this.parse((body as { message?: unknown } | null)?.message, `sent-${++this.seq}`);
    if ('status' in parsed) return parsed;
    this.sent.push({ ...parsed, sentAt: this.now() });
    return { status: 202, headers: {}, body: undefined };
  }

  private createDraft(body: unknown): EmulatorResponse {
    const parsed = this.parse(body, `draft-${++this.seq}`);
    if ('status' in parsed) return parsed;
    this.drafts.set(parsed.id, parsed);
    return { status: 201, headers: {}, body: { id: parsed.id, isDraft: true } };
  }

  private addAttachment(draft: EmulatedMessage, body: unknown): EmulatorResponse {
    const a = body as { name?: string; contentType?: string; contentBytes?: string } | null;
    const bytes = Buffer.from(a?.contentBytes ?? '', 'base64');
    if (bytes.length >= 3 * 1024 * 1024) return graphError(413, 'ErrorRequestEntityTooLarge', 'Use an upload session for 3 MB or more.');
    draft.attachments.push({ name: a?.name ?? '', contentType: a?.contentType ?? '', size: bytes.length, bytes });
    return { status: 201, headers: {}, body: { id: `att-${++this.seq}` } };
  }

  private createUploadSession(draft: EmulatedMessage, body: unknown): EmulatorResponse {
    const item = (body as { AttachmentItem?: { name?: string; size?: number; contentType?: string } } | null)?.AttachmentItem;
    const size = item?.size ?? 0;
    if (size < 3 * 1024 * 1024 || size > 150 * 1024 * 1024) return graphError(400, 'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize', 'Upload sessions take 3 MB to 150 MB.');
    const token = `session-${++this.seq}`;
    this.sessions.set(token, { messageId: draft.id, name: item?.name ?? '', contentType: item?.contentType ?? '', size, received: [], next: 0 });
    return { status: 201, headers: {}, body: { uploadUrl: `http://127.0.0.1:${this.uploadPort}/upload/${token}`, nextExpectedRanges: ['0-'] } };
  }

  private sendDraft(draft: EmulatedMessage): EmulatorResponse {
    const limited = this.throttled();
    if (limited) return limited;
    if (this.sessions.size && [...this.sessions.values()].some((s) => s.messageId === draft.id)) {
      return graphError(400, 'ErrorInvalidRequest', 'An attachment upload of this message is not finished.');
    }
    this.drafts.delete(draft.id);
    this.sent.push({ ...draft, sentAt: this.now() });
    return { status: 202, headers: {}, body: undefined };
  }

  private uploadChunk(url: string, authorization: string | undefined, range: string | undefined, bytes: Buffer): EmulatorResponse {
    this.uploads.chunks++;
    if (authorization) {
      this.uploads.withAuthorization++;
      return graphError(401, 'InvalidAuthenticationToken', 'The upload URL must be called without an Authorization header.');
    }
    const token = url.replace(/^\/upload\//, '');
    const session = this.sessions.get(token);
    if (!session) return graphError(404, 'ErrorItemNotFound', 'Upload session not found.');
    const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range ?? '');
    if (!m || Number(m[1]) !== session.next || Number(m[3]) !== session.size || Number(m[2]) - Number(m[1]) + 1 !== bytes.length) {
      return graphError(416, 'InvalidRange', `Expected a chunk starting at ${session.next}.`);
    }
    if (bytes.length > 4 * 1024 * 1024) return graphError(413, 'ErrorRequestEntityTooLarge', 'Chunks must be under 4 MB.');
    session.received.push(bytes);
    session.next += bytes.length;
    if (session.next < session.size) return { status: 200, headers: {}, body: { nextExpectedRanges: [`${session.next}-`] } };
    this.sessions.delete(token);
    this.drafts.get(session.messageId)?.attachments.push({ name: session.name, contentType: session.contentType, size: session.size, bytes: Buffer.concat(session.received) });
    return { status: 201, headers: {}, body: undefined };
  }
}
