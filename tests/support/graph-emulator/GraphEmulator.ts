/**
 * A local Microsoft Graph for tests and the team demo: SharePoint sites, lists, items and delta
 * (SharePointState), $batch, throttling on a resource-unit budget, and injected faults — latency,
 * failed calls with Retry-After, dropped connections and a seeded random fault rate.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DriveState, type DriveResponse } from './DriveState';
import { MailboxState } from './MailboxState';
import { MailMessagesState } from './MailMessagesState';
import { ResourceMeter } from './ResourceMeter';
import { seededRandom } from './seededRandom';
import { graphError, SharePointState, type EmulatorRequest, type EmulatorResponse } from './SharePointState';

export type FaultScope = 'outer' | 'inner' | 'any';
export type InjectedFailure = { status: number; retryAfterSeconds?: number };
/** 'before': the request never runs; 'after': it runs and the answer is lost (the hard case for idempotency). */
export type DropMoment = 'before' | 'after';

export type FaultRate = {
  rate: number;
  seed: number;
  /** What a fault is, chosen evenly; 'drop' destroys the socket (outer requests only). */
  kinds?: ({ status: number; retryAfterSeconds?: number } | { drop: DropMoment })[];
};

export type GraphEmulatorOptions = {
  /** Resource units per minute before calls answer 429 (SharePoint: 1,250 under 1k licences). */
  budgetPerMinute?: number;
  /** Items per page for delta and item queries. */
  pageSize?: number;
  /** Seeds the order $batch responses come back in. */
  seed?: number;
  now?: () => number;
};

const MAX_BATCH = 20;
const DEFAULT_FAULTS: NonNullable<FaultRate['kinds']> = [
  { status: 429, retryAfterSeconds: 1 },
  { status: 503, retryAfterSeconds: 1 },
  { drop: 'before' },
  { drop: 'after' },
];

export class GraphEmulator {
  readonly meter: ResourceMeter;
  readonly sharePoint: SharePointState;
  /** The signed-in user's mailbox: sendMail, drafts, attachments and upload sessions (issue 5). */
  readonly mailbox: MailboxState;
  /** Each site's document library (issue 5): listing, simple and session uploads, downloads, delete. */
  readonly drive: DriveState;
  /** Stored mail the pane reads: conversations, Sent Items' delta feed, categories (issue 7). */
  readonly messages: MailMessagesState;
  /** Delay added to every HTTP request, in ms. */
  latencyMs = 0;
  /** When true, every connection is destroyed: the pane sees a network failure. */
  offline = false;
  /** Requests received over HTTP (a $batch counts once). */
  httpRequests = 0;
  /** Every User-Agent seen (Graph asks ISVs to identify themselves). */
  readonly userAgents = new Set<string>();
  /** Faults injected so far, by kind ("429", "503", "drop after" …). */
  readonly faultsInjected: Record<string, number> = {};
  /** Highest number of HTTP requests being served at once. */
  maxConcurrent = 0;

  private server: Server | null = null;
  private port = 0;
  private concurrent = 0;
  private failures: { scope: FaultScope; failure: InjectedFailure }[] = [];
  private drops: DropMoment[] = [];
  private faultRate: (FaultRate & { random: () => number }) | null = null;
  private readonly shuffle: () => number;

  constructor(options: GraphEmulatorOptions = {}) {
    const now = options.now ?? Date.now;
    this.meter = new ResourceMeter(now, options.budgetPerMinute ?? 1250);
    this.mailbox = new MailboxState(now);
    this.messages = new MailMessagesState(() => this.baseUrl, options.pageSize ?? 200);
    this.sharePoint = new SharePointState(() => this.baseUrl, options.pageSize ?? 200);
    this.drive = new DriveState(() => this.baseUrl, (id) => this.sharePoint.hasSite(id), now);
    this.shuffle = seededRandom(options.seed ?? 1);
  }

  /** The origin to configure the Graph client with, e.g. "http://127.0.0.1:41234". */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    await this.mailbox.start();
  }

  async stop(): Promise<void> {
    const server = this.server;
    await this.mailbox.stop();
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Adds a site and returns its id. */
  addSite(url: string): string {
    return this.sharePoint.addSite(url);
  }

  /** The next `count` requests in the scope fail with the given status (and Retry-After). */
  failNext(count: number, failure: InjectedFailure, scope: FaultScope = 'any'): void {
    for (let i = 0; i < count; i++) this.failures.push({ scope, failure });
  }

  /** The next `count` HTTP requests lose their connection. */
  dropNext(count: number, moment: DropMoment = 'before'): void {
    for (let i = 0; i < count; i++) this.drops.push(moment);
  }

  /** A share of all requests (outer and inner) fails; null switches it off. */
  setFaultRate(rate: FaultRate | null): void {
    this.faultRate = rate ? { ...rate, random: seededRandom(rate.seed) } : null;
  }

  private takeFailure(scope: 'outer' | 'inner'): InjectedFailure | { drop: DropMoment } | null {
    const fault = this.chooseFailure(scope);
    if (fault) {
      const kind = 'drop' in fault ? `drop ${fault.drop}` : String(fault.status);
      this.faultsInjected[kind] = (this.faultsInjected[kind] ?? 0) + 1;
    }
    return fault;
  }

  private chooseFailure(scope: 'outer' | 'inner'): InjectedFailure | { drop: DropMoment } | null {
    const i = this.failures.findIndex((f) => f.scope === scope || f.scope === 'any');
    if (i >= 0) return this.failures.splice(i, 1)[0]!.failure;
    if (scope === 'outer' && this.drops.length) return { drop: this.drops.shift()! };
    const fr = this.faultRate;
    if (fr && fr.random() < fr.rate) {
      const kinds = (fr.kinds ?? DEFAULT_FAULTS).filter(
        (k) => scope === 'outer' || !('drop' in k),
      );
      return kinds[Math.floor(fr.random() * kinds.length)] ?? null;
    }
    return null;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.httpRequests++;
    this.concurrent++;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.concurrent);
    try {
      const bytes = await readBody(req);
      if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
      if (this.offline) return void req.socket.destroy();
      const url = new URL(req.url ?? '/', this.baseUrl);
      // Pre-authenticated URLs of the document library: no token, bytes both ways.
      if (url.pathname.startsWith('/drive-upload/') && req.method === 'PUT') return sendDrive(res, this.drive.uploadFragment(url.pathname, headersOf(req), bytes));
      if (url.pathname.startsWith('/drive-download/') && req.method === 'GET') return sendDrive(res, this.drive.download(url.pathname));
      if (!url.pathname.startsWith('/v1.0/')) return send(res, graphError(404, 'invalidRequest', 'Only /v1.0 is emulated'));
      this.userAgents.add(req.headers['user-agent'] ?? '');
      if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
        return send(res, graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'));
      }
      const path = url.pathname.slice('/v1.0'.length);
      if (DriveState.matches(path)) return this.serveDrive(req, res, { method: req.method ?? 'GET', path, query: url.searchParams, headers: headersOf(req), body: bytes });
      const raw = bytes.toString('utf8');
      let body: unknown;
      try {
        body = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        return send(res, graphError(400, 'BadRequest', 'Invalid JSON body'));
      }
      const fault = this.takeFailure('outer');
      if (fault && 'drop' in fault && fault.drop === 'before') return void req.socket.destroy();
      if (fault && 'status' in fault) {
        if (url.pathname !== '/v1.0/$batch') this.meter.record(this.sharePoint.costOf(toRequest(req, url, body)).cost, 'throttled call');
        return send(res, throttled(fault));
      }
      const answer =
        url.pathname === '/v1.0/$batch' && req.method === 'POST' ? this.batch(body) : this.dispatch(toRequest(req, url, body), 'outer');
      if (fault && 'drop' in fault) return void req.socket.destroy();
      send(res, answer);
    } catch (e) {
      send(res, graphError(500, 'generalException', String(e)));
    } finally {
      this.concurrent--;
    }
  }

  /** A document library call: bytes in and out, faults and the resource-unit budget like any SharePoint call. */
  private serveDrive(req: IncomingMessage, res: ServerResponse, call: Parameters<DriveState['handle']>[0]): void {
    const fault = this.takeFailure('outer');
    if (fault && 'drop' in fault && fault.drop === 'before') return void req.socket.destroy();
    const cost = call.method === 'GET' ? (/\/children$/.test(call.path) ? 2 : 1) : 2;
    if (fault && 'status' in fault) {
      this.meter.record(cost, 'throttled call');
      return send(res, throttled(fault));
    }
    const wait = this.meter.wouldThrottle(cost);
    this.meter.record(cost, wait ? 'throttled call' : `drive ${call.method.toLowerCase()}`);
    if (wait) return send(res, throttled({ status: 429, retryAfterSeconds: wait }));
    const answer = this.drive.handle(call);
    if (fault && 'drop' in fault) return void req.socket.destroy();
    sendDrive(res, answer);
  }

  /** One Graph call, metered and throttled on the budget. */
  private dispatch(req: EmulatorRequest, scope: 'outer' | 'inner'): EmulatorResponse {
    // Mail is Exchange's, not SharePoint's: it has its own limit and costs no resource units.
    const mail = this.mailbox.handle(req) ?? this.messages.handle(req);
    if (mail) return mail;
    const { cost, what } = this.sharePoint.costOf(req);
    if (scope === 'inner') {
      const fault = this.takeFailure('inner');
      if (fault && 'status' in fault) {
        this.meter.record(cost, 'throttled call');
        return throttled(fault);
      }
    }
    const wait = this.meter.wouldThrottle(cost);
    this.meter.record(cost, wait ? 'throttled call' : what);
    if (wait) return throttled({ status: 429, retryAfterSeconds: wait });
    return this.sharePoint.handle(req);
  }

  private batch(body: unknown): EmulatorResponse {
    const requests = (body as { requests?: unknown })?.requests;
    if (!Array.isArray(requests) || requests.length === 0) return graphError(400, 'BadRequest', 'requests is required');
    if (requests.length > MAX_BATCH) return graphError(400, 'BadRequest', `Number of batch request steps exceeds the maximum of ${MAX_BATCH}.`);
    type Inner = { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown; dependsOn?: string[] };
    const inner = requests as Inner[];
    const ids = new Set(inner.map((r) => r.id));
    if (ids.size !== inner.length || inner.some((r) => typeof r.id !== 'string')) return graphError(400, 'BadRequest', 'Batch request ids must be unique strings.');
    if (inner.some((r) => (r.dependsOn ?? []).some((d) => !ids.has(d)))) return graphError(400, 'BadRequest', 'dependsOn names an unknown request.');
    const done = new Map<string, EmulatorResponse>();
    // Independent requests run in no particular order, like the service's.
    const pending = shuffled(inner, this.shuffle);
    while (pending.length) {
      const ready = pending.findIndex((r) => (r.dependsOn ?? []).every((d) => done.has(d)));
      if (ready < 0) return graphError(400, 'BadRequest', 'dependsOn forms a cycle.');
      const r = pending.splice(ready, 1)[0]!;
      if ((r.dependsOn ?? []).some((d) => done.get(d)!.status >= 400)) {
        done.set(r.id, graphError(424, 'failedDependency', 'A request this one depends on failed.'));
        continue;
      }
      const headers = lowerKeys(r.headers ?? {});
      if (r.body !== undefined && !headers['content-type']) {
        done.set(r.id, graphError(400, 'BadRequest', 'Content-Type header is required when a body is present.'));
        continue;
      }
      const url = new URL(r.url.startsWith('/') ? r.url : `/${r.url}`, 'http://batch');
      done.set(r.id, this.dispatch({ method: r.method.toUpperCase(), path: url.pathname, query: url.searchParams, headers, body: r.body }, 'inner'));
    }
    const responses = [...done.entries()]
      .map(([id, res]) => ({ id, status: res.status, headers: { 'Content-Type': 'application/json', ...res.headers }, body: res.body }));
    return { status: 200, headers: {}, body: { responses: shuffled(responses, this.shuffle) } };
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function throttled(f: InjectedFailure): EmulatorResponse {
  const headers: Record<string, string> = f.retryAfterSeconds !== undefined ? { 'Retry-After': String(f.retryAfterSeconds) } : {};
  const code = f.status === 429 ? 'TooManyRequests' : f.status === 503 ? 'serviceNotAvailable' : 'generalException';
  return graphError(f.status, code, 'Injected failure', headers);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
  return headers;
}

function toRequest(req: IncomingMessage, url: URL, body: unknown): EmulatorRequest {
  return { method: req.method ?? 'GET', path: url.pathname.slice('/v1.0'.length), query: url.searchParams, headers: headersOf(req), body };
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The body as bytes: JSON routes decode it, the document library keeps files as they came. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, answer: EmulatorResponse): void {
  const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
  res.writeHead(answer.status, { ...(payload ? { 'Content-Type': 'application/json' } : {}), ...answer.headers });
  res.end(payload);
}

function sendDrive(res: ServerResponse, answer: DriveResponse): void {
  if (!answer.bytes) return send(res, { status: answer.status, headers: answer.headers, body: answer.body });
  res.writeHead(answer.status, answer.headers);
  res.end(answer.bytes);
}
