/**
 * The team site's document library through Graph: the site's default drive, under one top folder
 * ("Clientbook") so the app's files stay apart from the rest of the library. Files up to 4 MB go in
 * one PUT …:/content; larger ones through an upload session (ranged PUTs, without Authorization,
 * in fragments that are multiples of 320 KiB). Content comes from the item's pre-authenticated
 * download URL. It keeps no copies: the app layer caches what it lists and opens.
 */
import { base64FromBytes } from '../../domain/base64';
import { DocumentUnavailableError, MAILING_FOLDER, type DocumentLibrary, type DocumentListing, type NewDocument } from '../../domain/documentPorts';
import type { MailingDocument } from '../../domain/model/MailingDocument';
import { GraphClient, USER_AGENT, type TokenSource } from './GraphClient';
import { GraphHttpError } from './GraphHttpError';

/** The library folder every Clientbook file lives under. */
export const LIBRARY_FOLDER = 'Clientbook';
/** Simple upload (PUT …:/content) takes files up to 4 MB; larger ones need an upload session. */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** Upload session fragments must be multiples of 320 KiB; 10 of them stay under 4 MB per request. */
export const DRIVE_UPLOAD_FRAGMENT = 10 * 320 * 1024;

type DriveItem = {
  id: string;
  name: string;
  size?: number;
  file?: { mimeType?: string };
  folder?: unknown;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  cTag?: string;
  webUrl?: string;
  parentReference?: { path?: string };
};

type Page = { value: DriveItem[]; '@odata.nextLink'?: string };

export type GraphDriveConfig = { baseUrl: string; token: TokenSource; siteId: string };

const ITEM_FIELDS = 'id,name,size,file,folder,createdDateTime,lastModifiedDateTime,cTag,webUrl,parentReference';

/** The item's folder below the library folder, from its parent's path ("/drives/{id}/root:/Clientbook/Clients/Acme"). */
function folderOf(item: DriveItem): string {
  const raw = item.parentReference?.path ?? '';
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A "%" in a folder name that was not encoded: the path is already plain.
  }
  // "/drive/root:/…" or, as SharePoint gives it, "/drives/{drive-id}/root:/…".
  const path = decoded.replace(/^\/drives?\/(?:[^/]+\/)?root:\/?/, '');
  return path === LIBRARY_FOLDER ? '' : path.startsWith(`${LIBRARY_FOLDER}/`) ? path.slice(LIBRARY_FOLDER.length + 1) : path;
}

/** Each path segment encoded on its own: names may hold spaces, "#", Cyrillic. */
const encodePath = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');

export class GraphDriveLibrary implements DocumentLibrary {
  private readonly client: GraphClient;
  private readonly drive: string;

  constructor(private readonly config: GraphDriveConfig) {
    this.client = new GraphClient({ baseUrl: config.baseUrl, token: config.token });
    this.drive = `/sites/${encodeURIComponent(config.siteId)}/drive`;
  }

  private pathOf(folder: string, name?: string): string {
    return encodePath([LIBRARY_FOLDER, folder, name ?? ''].join('/'));
  }

  async list(folder = MAILING_FOLDER): Promise<DocumentListing> {
    const documents: MailingDocument[] = [];
    let next: string | undefined = `${this.drive}/root:/${this.pathOf(folder)}:/children?$top=200&$select=${ITEM_FIELDS}`;
    try {
      while (next) {
        const page: Page = await this.client.get<Page>(next);
        for (const item of page.value) if (item.file && !item.folder) documents.push(this.toDocument(item, folder));
        next = page['@odata.nextLink'];
      }
    } catch (error) {
      // A folder nobody has uploaded to yet does not exist: it holds no files.
      if (error instanceof GraphHttpError && error.status === 404) return { documents: [], from: 'library' };
      throw error;
    }
    return { documents: documents.sort((a, b) => a.name.localeCompare(b.name)), from: 'library' };
  }

  async upload(file: NewDocument, folder = MAILING_FOLDER): Promise<MailingDocument> {
    const path = `${this.drive}/root:/${this.pathOf(folder, file.name)}:`;
    const item = file.bytes.length <= SIMPLE_UPLOAD_LIMIT ? await this.simpleUpload(path, file) : await this.sessionUpload(path, file);
    return this.toDocument(item, folder);
  }

  private async simpleUpload(path: string, file: NewDocument): Promise<DriveItem> {
    const response = await this.raw('PUT', `${this.config.baseUrl}${path}/content?@microsoft.graph.conflictBehavior=rename`, {
      headers: { Authorization: `Bearer ${await this.config.token()}`, 'Content-Type': file.contentType || 'application/octet-stream' },
      body: file.bytes,
    });
    return (await response.json()) as DriveItem;
  }

  private async sessionUpload(path: string, file: NewDocument): Promise<DriveItem> {
    const session = await this.client.post<{ uploadUrl: string }>(`${path}/createUploadSession`, {
      item: { '@microsoft.graph.conflictBehavior': 'rename', name: file.name },
    });
    const total = file.bytes.length;
    for (let start = 0; start < total; start += DRIVE_UPLOAD_FRAGMENT) {
      const end = Math.min(start + DRIVE_UPLOAD_FRAGMENT, total);
      // The session URL carries its own authorisation: an Authorization header makes the PUT fail.
      const response = await this.raw('PUT', session.uploadUrl, {
        headers: { 'Content-Range': `bytes ${start}-${end - 1}/${total}` },
        body: file.bytes.subarray(start, end),
      });
      if (end === total) return (await response.json()) as DriveItem;
    }
    throw new GraphHttpError(0, 'emptyUpload', `upload of ${file.name}: no bytes to send`);
  }

  /**
   * Not GET …/content: its 302 to SharePoint fails CORS in a browser (msgraph-sdk-javascript#388).
   * The item's pre-authenticated download URL is fetched instead, without a token.
   */
  async content(id: string): Promise<string> {
    return (await this.download(id)).content;
  }

  /** The file's record as the library has it now, with its bytes (base64): what a cache keeps together. */
  async download(id: string): Promise<{ document: MailingDocument; content: string }> {
    let item: DriveItem & { '@microsoft.graph.downloadUrl'?: string };
    try {
      item = await this.client.get(`${this.drive}/items/${encodeURIComponent(id)}?$select=${ITEM_FIELDS},@microsoft.graph.downloadUrl`);
    } catch (error) {
      if (error instanceof GraphHttpError && error.status === 404) throw new DocumentUnavailableError('not-found', 'The file is not in the library.', { cause: error });
      throw error;
    }
    const url = item['@microsoft.graph.downloadUrl'];
    if (!url) throw new DocumentUnavailableError('not-found', 'The library gave no way to download the file.');
    const response = await this.raw('GET', url, { headers: {} });
    return { document: this.toDocument(item, folderOf(item)), content: base64FromBytes(new Uint8Array(await response.arrayBuffer())) };
  }

  async remove(id: string): Promise<void> {
    try {
      await this.client.request('DELETE', `${this.drive}/items/${encodeURIComponent(id)}`);
    } catch (error) {
      // Someone else removed it first: what was asked for is done.
      if (error instanceof GraphHttpError && error.status === 404) return;
      throw error;
    }
  }

  /** A byte request outside the JSON client; failures become the same typed errors. */
  private async raw(method: string, url: string, init: { headers: Record<string, string>; body?: Uint8Array }): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(url, { method, headers: { 'User-Agent': USER_AGENT, ...init.headers }, body: init.body as BodyInit | undefined, signal: AbortSignal.timeout(120_000) });
    } catch (cause) {
      throw new GraphHttpError(0, 'networkError', `${method} ${url} got no answer`, null, { cause });
    }
    if (!response.ok) {
      const error = errorOf(await response.text().catch(() => ''));
      if (response.status === 404) throw new DocumentUnavailableError('not-found', error?.message ?? 'The file is not in the library.');
      throw new GraphHttpError(response.status, error?.code ?? `http${response.status}`, `${method} ${url}: ${response.status} ${error?.message ?? response.statusText}`);
    }
    return response;
  }

  private toDocument(item: DriveItem, folder: string): MailingDocument {
    return {
      id: item.id,
      name: item.name,
      contentType: item.file?.mimeType ?? 'application/octet-stream',
      size: item.size ?? 0,
      source: 'library',
      driveItemId: item.id,
      folder,
      contentTag: item.cTag ?? '',
      webUrl: item.webUrl ?? '',
      createdAt: item.createdDateTime ?? '',
      updatedAt: item.lastModifiedDateTime ?? item.createdDateTime ?? '',
    };
  }
}

function errorOf(text: string): { code?: string; message?: string } | undefined {
  try {
    return (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
  } catch {
    // A proxy's HTML page or an empty body: the status says enough.
    return undefined;
  }
}
