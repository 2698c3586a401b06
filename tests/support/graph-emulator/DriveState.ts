/**
 * The emulator's document libraries: each site's default drive, with folders made on demand by
 * path-based uploads. Bodies are bytes here, not JSON. Limits as documented: a simple upload
 * (PUT …:/content) takes at most 4 MB; an upload session takes fragments in order, each a multiple
 * of 320 KiB except the last, at most 60 MiB, PUT without an Authorization header; a content GET
 * answers 302 with a pre-authenticated download URL, which a file's item also carries as
 * `@microsoft.graph.downloadUrl`. `@microsoft.graph.conflictBehavior` (query
 * of a simple upload, `item` of a session) is fail (409), replace or rename ("a 1.pdf").
 */
import { randomUUID } from 'node:crypto';
import { graphError } from './SharePointState';

export const SIMPLE_UPLOAD_MAX = 4 * 1024 * 1024;
export const FRAGMENT_UNIT = 320 * 1024;
export const FRAGMENT_MAX = 60 * 1024 * 1024;

export type DriveRequest = { method: string; path: string; query: URLSearchParams; headers: Record<string, string>; body: Buffer };
/** A JSON answer (`body`) or a byte answer (`bytes`). */
export type DriveResponse = { status: number; headers: Record<string, string>; body?: unknown; bytes?: Buffer };

export type DriveFile = {
  id: string;
  name: string;
  /** Folder path from the drive root, '' for the root; no leading or trailing slash. */
  parent: string;
  isFolder: boolean;
  bytes: Buffer;
  contentType: string;
  created: string;
  modified: string;
  version: number;
};

type Session = { siteId: string; parent: string; name: string; size: number; conflict: string; received: Buffer[]; next: number };

const CONFLICT = ['fail', 'replace', 'rename'];

export class DriveState {
  /** Session fragments received, and how many carried an Authorization header (refused). */
  readonly uploads = { fragments: 0, withAuthorization: 0 };
  private readonly drives = new Map<string, Map<string, DriveFile>>();
  private readonly sessions = new Map<string, Session>();
  private readonly downloads = new Map<string, { siteId: string; id: string }>();

  constructor(
    private readonly origin: () => string,
    private readonly hasSite: (id: string) => boolean,
    private readonly now: () => number,
  ) {}

  /** Every file (not folder) of a site's drive, for assertions: "Clientbook/offer.pdf" → file. */
  files(siteId: string): Map<string, DriveFile> {
    const out = new Map<string, DriveFile>();
    for (const f of this.drive(siteId).values()) if (!f.isFolder) out.set(join(f.parent, f.name), f);
    return out;
  }

  /** Whether the path is one of the drive routes (they take byte bodies). */
  static matches(path: string): boolean {
    return /^\/sites\/[^/]+\/drive(\/|$)/.test(path);
  }

  handle(req: DriveRequest): DriveResponse {
    const m = /^\/sites\/([^/]+)\/drive(.*)$/.exec(req.path);
    const siteId = decodeURIComponent(m?.[1] ?? '');
    if (!m || !this.hasSite(siteId)) return graphError(404, 'itemNotFound', 'The site was not found.');
    const rest = m[2]!;
    if (rest === '' && req.method === 'GET') return ok({ id: `drive-${siteId}`, driveType: 'documentLibrary', name: 'Documents' });
    const byPath = /^\/root:\/(.+?):?(\/children|\/content|\/createUploadSession)?$/.exec(rest);
    if (byPath) return this.byPath(req, siteId, decodePath(byPath[1]!), byPath[2] ?? '');
    if (rest === '/root/children' && req.method === 'GET') return this.children(siteId, '', req.query);
    const byId = /^\/items\/([^/]+)(\/children|\/content)?$/.exec(rest);
    if (byId) {
      const item = this.drive(siteId).get(decodeURIComponent(byId[1]!));
      if (!item) return graphError(404, 'itemNotFound', 'The resource could not be found.');
      if (byId[2] === '/children' && req.method === 'GET') return this.children(siteId, join(item.parent, item.name), req.query);
      if (byId[2] === '/content' && req.method === 'GET') return this.redirectToDownload(siteId, item);
      // A file's item carries its pre-authenticated download URL, as Graph's does.
      if (!byId[2] && req.method === 'GET') return ok(item.isFolder ? this.toJson(siteId, item) : { ...this.toJson(siteId, item), '@microsoft.graph.downloadUrl': this.downloadUrl(siteId, item) });
      if (!byId[2] && req.method === 'DELETE') return this.remove(siteId, item);
    }
    return graphError(400, 'invalidRequest', `No drive route for ${req.method} ${req.path}`);
  }

  private byPath(req: DriveRequest, siteId: string, path: string, action: string): DriveResponse {
    const { parent, name } = split(path);
    if (action === '/children' && req.method === 'GET') {
      return this.find(siteId, parent, name)?.isFolder ? this.children(siteId, path, req.query) : graphError(404, 'itemNotFound', 'The resource could not be found.');
    }
    if (action === '/content' && req.method === 'PUT') {
      if (req.body.length > SIMPLE_UPLOAD_MAX) return graphError(413, 'requestTooLarge', 'Simple upload takes files up to 4 MB; use an upload session.');
      const conflict = req.query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
      return this.write(siteId, parent, name, req.body, req.headers['content-type'] ?? 'application/octet-stream', conflict);
    }
    if (action === '/createUploadSession' && req.method === 'POST') {
      let item: { '@microsoft.graph.conflictBehavior'?: string } = {};
      try {
        item = (JSON.parse(req.body.toString('utf8') || '{}') as { item?: typeof item }).item ?? {};
      } catch {
        return graphError(400, 'BadRequest', 'Invalid JSON body');
      }
      const conflict = item['@microsoft.graph.conflictBehavior'] ?? 'replace';
      if (!CONFLICT.includes(conflict)) return graphError(400, 'invalidRequest', `Unknown conflict behavior ${conflict}.`);
      if (conflict === 'fail' && this.find(siteId, parent, name)) return graphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
      const token = randomUUID();
      this.sessions.set(token, { siteId, parent, name, size: -1, conflict, received: [], next: 0 });
      return ok({ uploadUrl: `${this.origin()}/drive-upload/${token}`, expirationDateTime: new Date(this.now() + 3_600_000).toISOString(), nextExpectedRanges: ['0-'] });
    }
    if (!action && req.method === 'GET') {
      const item = this.find(siteId, parent, name);
      return item ? ok(this.toJson(siteId, item)) : graphError(404, 'itemNotFound', 'The resource could not be found.');
    }
    return graphError(400, 'invalidRequest', `No drive route for ${req.method} ${req.path}`);
  }

  /** PUT of one fragment to an upload URL (outside /v1.0, no token). */
  uploadFragment(url: string, headers: Record<string, string>, bytes: Buffer): DriveResponse {
    this.uploads.fragments++;
    if (headers.authorization) {
      this.uploads.withAuthorization++;
      return graphError(401, 'unauthenticated', 'The upload URL is pre-authenticated: send no Authorization header.');
    }
    const token = url.replace(/^\/drive-upload\//, '');
    const session = this.sessions.get(token);
    if (!session) return graphError(404, 'itemNotFound', 'The upload session was not found or has expired.');
    const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers['content-range'] ?? '');
    if (!m) return graphError(400, 'invalidRange', 'Content-Range is required.');
    const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (session.size < 0) session.size = total;
    if (start !== session.next || total !== session.size || end - start + 1 !== bytes.length) {
      return graphError(416, 'invalidRange', `The uploaded fragment does not match the expected range ${session.next}-.`, {});
    }
    const last = end + 1 === total;
    if (bytes.length > FRAGMENT_MAX) return graphError(413, 'requestTooLarge', 'A fragment may be at most 60 MiB.');
    if (!last && bytes.length % FRAGMENT_UNIT !== 0) return graphError(400, 'invalidRange', 'Fragments must be a multiple of 320 KiB.');
    session.received.push(bytes);
    session.next = end + 1;
    if (!last) return { status: 202, headers: {}, body: { expirationDateTime: new Date(this.now() + 3_600_000).toISOString(), nextExpectedRanges: [`${session.next}-`] } };
    this.sessions.delete(token);
    return this.write(session.siteId, session.parent, session.name, Buffer.concat(session.received), contentTypeOf(session.name), session.conflict);
  }

  /** GET of a pre-authenticated download URL: the bytes. */
  download(url: string): DriveResponse {
    const target = this.downloads.get(url.replace(/^\/drive-download\//, ''));
    const item = target ? this.drive(target.siteId).get(target.id) : undefined;
    if (!item) return graphError(404, 'itemNotFound', 'The resource could not be found.');
    return { status: 200, headers: { 'Content-Type': item.contentType, 'Content-Length': String(item.bytes.length) }, bytes: item.bytes };
  }

  private redirectToDownload(siteId: string, item: DriveFile): DriveResponse {
    if (item.isFolder) return graphError(400, 'invalidRequest', 'A folder has no content.');
    return { status: 302, headers: { Location: this.downloadUrl(siteId, item) } };
  }

  private downloadUrl(siteId: string, item: DriveFile): string {
    const token = randomUUID();
    this.downloads.set(token, { siteId, id: item.id });
    return `${this.origin()}/drive-download/${token}`;
  }

  private children(siteId: string, folder: string, query: URLSearchParams): DriveResponse {
    const all = [...this.drive(siteId).values()].filter((f) => f.parent === folder).sort((a, b) => a.name.localeCompare(b.name));
    const top = Math.min(Number(query.get('$top') ?? 200) || 200, 1000);
    const skip = Number(query.get('$skiptoken') ?? 0);
    const page = all.slice(skip, skip + top);
    const body: { value: unknown[]; '@odata.nextLink'?: string } = { value: page.map((f) => this.toJson(siteId, f)) };
    if (skip + top < all.length) {
      const next = new URL(`${this.origin()}/v1.0/sites/${encodeURIComponent(siteId)}/drive/root:/${encodePath(folder)}:/children`);
      next.searchParams.set('$top', String(top));
      next.searchParams.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = next.toString();
    }
    return ok(body);
  }

  private write(siteId: string, parent: string, name: string, bytes: Buffer, contentType: string, conflict: string): DriveResponse {
    if (!CONFLICT.includes(conflict)) return graphError(400, 'invalidRequest', `Unknown conflict behavior ${conflict}.`);
    if (!name || /["*:<>?/\\|]/.test(name)) return graphError(400, 'invalidRequest', 'The file name is not valid.');
    this.ensureFolder(siteId, parent);
    const existing = this.find(siteId, parent, name);
    if (existing && conflict === 'fail') return graphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    const at = new Date(this.now()).toISOString();
    if (existing && conflict === 'replace') {
      Object.assign(existing, { bytes, contentType, modified: at, version: existing.version + 1 });
      return ok(this.toJson(siteId, existing));
    }
    const free = existing ? renamed(name, (n) => Boolean(this.find(siteId, parent, n))) : name;
    const file: DriveFile = { id: randomUUID(), name: free, parent, isFolder: false, bytes, contentType, created: at, modified: at, version: 1 };
    this.drive(siteId).set(file.id, file);
    return { status: 201, headers: {}, body: this.toJson(siteId, file) };
  }

  private remove(siteId: string, item: DriveFile): DriveResponse {
    const drive = this.drive(siteId);
    const path = join(item.parent, item.name);
    for (const f of [...drive.values()]) if (f.id === item.id || f.parent === path || f.parent.startsWith(`${path}/`)) drive.delete(f.id);
    return { status: 204, headers: {} };
  }

  private ensureFolder(siteId: string, path: string): void {
    if (!path) return;
    const { parent, name } = split(path);
    this.ensureFolder(siteId, parent);
    if (this.find(siteId, parent, name)) return;
    const at = new Date(this.now()).toISOString();
    const folder: DriveFile = { id: randomUUID(), name, parent, isFolder: true, bytes: Buffer.alloc(0), contentType: '', created: at, modified: at, version: 1 };
    this.drive(siteId).set(folder.id, folder);
  }

  private find(siteId: string, parent: string, name: string): DriveFile | undefined {
    // SharePoint names are case-insensitive.
    return [...this.drive(siteId).values()].find((f) => f.parent === parent && f.name.toLowerCase() === name.toLowerCase());
  }

  private drive(siteId: string): Map<string, DriveFile> {
    let drive = this.drives.get(siteId);
    if (!drive) this.drives.set(siteId, (drive = new Map()));
    return drive;
  }

  private toJson(siteId: string, f: DriveFile) {
    const base = {
      id: f.id,
      name: f.name,
      createdDateTime: f.created,
      lastModifiedDateTime: f.modified,
      eTag: `"{${f.id}},${f.version}"`,
      webUrl: `https://${siteId.split(',')[0]}/Shared%20Documents/${encodePath(join(f.parent, f.name))}`,
      parentReference: { driveId: `drive-${siteId}`, path: `/drives/drive-${encodeURIComponent(siteId)}/root:${f.parent ? `/${encodePath(f.parent)}` : ''}` },
    };
    return f.isFolder
      ? { ...base, size: 0, folder: { childCount: [...this.drive(siteId).values()].filter((c) => c.parent === join(f.parent, f.name)).length } }
      : { ...base, size: f.bytes.length, cTag: `"c:{${f.id}},${f.version}"`, file: { mimeType: f.contentType } };
  }
}

function ok(body: unknown): DriveResponse {
  return { status: 200, headers: {}, body };
}

const join = (parent: string, name: string) => (parent ? `${parent}/${name}` : name);
const encodePath = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');
const decodePath = (path: string) => path.split('/').filter(Boolean).map(decodeURIComponent).join('/');

function split(path: string): { parent: string; name: string } {
  const i = path.lastIndexOf('/');
  return i < 0 ? { parent: '', name: path } : { parent: path.slice(0, i), name: path.slice(i + 1) };
}

/** "offer.pdf" → "offer 1.pdf", as SharePoint renames on conflict (kept here: tools/ compiles this folder alone). */
function renamed(name: string, taken: (n: string) => boolean): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let n = 1;
  while (taken(`${stem} ${n}${ext}`)) n++;
  return `${stem} ${n}${ext}`;
}

function contentTypeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const known: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', txt: 'text/plain', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  return known[ext] ?? 'application/octet-stream';
}
