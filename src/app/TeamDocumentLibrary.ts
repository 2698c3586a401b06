/**
 * The document library the pane works with: the team site's library while a team store is
 * connected, this browser's IndexedDB otherwise. Library files are copied to IndexedDB as they are
 * listed (records) and opened (bytes), so the list and previews work offline; the Graph code loads
 * on first use, like the mail sender's.
 */
import type { AccessTokenSource } from '../adapters/auth/AccessTokenSource';
import { AuthError } from '../adapters/auth/AuthError';
import { GraphHttpError } from '../adapters/graph/GraphHttpError';
import { graphScopes } from '../adapters/auth/graphScopes';
import type { GraphDriveLibrary } from '../adapters/graph/GraphDriveLibrary';
import type { DexieDocumentCache } from '../adapters/storage/DexieDocumentCache';
import { DocumentUnavailableError, MAILING_FOLDER, type DocumentFailure, type DocumentLibrary, type DocumentListing, type NewDocument } from '../domain/documentPorts';
import type { MailingDocument } from '../domain/model/MailingDocument';
import { base64FromBytes, bytesFromBase64 } from '../domain/base64';
import { graphFailureOf } from './graphFailure';

/** Where the team library is: Graph's root, the sign-in, and the team site. */
export type TeamLibraryAccess = { baseUrl: string; tokens: AccessTokenSource; siteId: string };

export class TeamDocumentLibrary implements DocumentLibrary {
  private remote: { key: string; library: Promise<GraphDriveLibrary> } | null = null;
  private publishing: Promise<number> | null = null;

  constructor(
    private readonly local: DocumentLibrary,
    private readonly cache: DexieDocumentCache,
    /** The connected team's library, or null in single-user mode. */
    private readonly access: () => Promise<TeamLibraryAccess | null>,
  ) {}

  private async library(): Promise<GraphDriveLibrary | null> {
    const access = await this.access();
    if (!access) return null;
    const key = `${access.baseUrl}|${access.siteId}`;
    if (this.remote?.key !== key) {
      const load = import('../adapters/graph/GraphDriveLibrary').then(
        ({ GraphDriveLibrary }) => new GraphDriveLibrary({ baseUrl: access.baseUrl, siteId: access.siteId, token: () => access.tokens.getToken(graphScopes.sync) }),
      );
      // A chunk that did not arrive (offline) is asked for again next time, not kept as the failure.
      load.catch(() => {
        if (this.remote?.library === load) this.remote = null;
      });
      this.remote = { key, library: load };
    }
    return this.remote.library;
  }

  /** The team library for a change or a download: its code failing to load is the library unreachable. */
  private async reachLibrary(what: string): Promise<GraphDriveLibrary | null> {
    try {
      return await this.library();
    } catch (cause) {
      throw unavailable(cause, `${what}: the team library cannot be reached.`);
    }
  }

  async list(folder = MAILING_FOLDER): Promise<DocumentListing> {
    let library: GraphDriveLibrary | null;
    try {
      library = await this.library();
    } catch {
      // Its code did not load (offline): the library is as unreachable as when it does not answer.
      return this.kept(folder);
    }
    if (!library) return this.local.list(folder);
    try {
      const listing = await library.list(folder);
      await this.cache.saveListing(folder, listing.documents);
      return listing;
    } catch {
      // Offline, signed out or throttled: the copies kept here, and the UI says that is what they are.
      return this.kept(folder);
    }
  }

  private async kept(folder: string): Promise<DocumentListing> {
    return { documents: await this.cache.listing(folder), from: 'cache' };
  }

  async upload(file: NewDocument, folder = MAILING_FOLDER): Promise<MailingDocument> {
    const library = await this.reachLibrary(`"${file.name}" could not be saved`);
    if (!library) return this.local.upload(file, folder);
    let document: MailingDocument;
    try {
      document = await library.upload(file, folder);
    } catch (cause) {
      throw unavailable(cause, `"${file.name}" could not be saved to the team library.`);
    }
    // Kept here at once: the file just added previews and attaches offline too.
    await this.cache.save(document, base64FromBytes(file.bytes));
    return document;
  }

  async content(id: string): Promise<string> {
    const known = await this.cache.get(id);
    // Local documents (single-user mode, or kept from before the team store) stay on this computer.
    if (known?.source === 'local') return this.local.content(id);
    const kept = await this.cache.content(id, known?.contentTag);
    if (kept !== undefined) return kept;
    const library = await this.reachLibrary(`${known ? `"${known.name}"` : 'The file'} could not be opened`);
    if (!library) return this.local.content(id);
    let downloaded: { document: MailingDocument; content: string };
    try {
      downloaded = await library.download(id);
    } catch (cause) {
      throw unavailable(cause, `${known ? `"${known.name}"` : 'The file'} could not be opened: the team library cannot be reached.`);
    }
    // Kept with its record (and content tag), also when this pane never listed its folder: a
    // mailing attaching it to fifty messages downloads it once.
    await this.cache.save(downloaded.document, downloaded.content);
    return downloaded.content;
  }

  /** One run at a time: a second caller (the editor opened twice) waits for the same uploads. */
  publishLocal(moved: (localId: string, published: MailingDocument) => Promise<void>): Promise<number> {
    this.publishing ??= this.publish(moved).finally(() => {
      this.publishing = null;
    });
    return this.publishing;
  }

  private async publish(moved: (localId: string, published: MailingDocument) => Promise<void>): Promise<number> {
    const library = await this.library();
    if (!library) return 0;
    // Local copies stay: a mailing queued before Connect still attaches them from here.
    const waiting = (await this.local.list(MAILING_FOLDER)).documents.filter((d) => !d.driveItemId);
    for (const document of waiting) {
      const content = await this.local.content(document.id);
      const published = await library.upload({ name: document.name, contentType: document.contentType, bytes: bytesFromBase64(content) }, MAILING_FOLDER);
      await this.cache.save(published, content);
      await moved(document.id, published);
      await this.cache.markPublished(document.id, published.id);
    }
    return waiting.length;
  }

  async remove(id: string): Promise<void> {
    const known = await this.cache.get(id);
    if (known?.source === 'local') return this.local.remove(id);
    const library = await this.reachLibrary(`${known ? `"${known.name}"` : 'The file'} could not be removed`);
    if (!library) throw new DocumentUnavailableError('offline', 'This file is in the team library, which this pane is not connected to.');
    try {
      await library.remove(id);
    } catch (cause) {
      throw unavailable(cause, `${known ? `"${known.name}"` : 'The file'} could not be removed from the team library.`);
    }
    await this.cache.remove(id);
  }
}

function unavailable(cause: unknown, message: string): DocumentUnavailableError {
  if (cause instanceof DocumentUnavailableError) return cause;
  const { failure, code } = failureOf(cause);
  return new DocumentUnavailableError(failure, message, { cause, code });
}

/**
 * Why the library did not answer as the screens tell it: Graph's reasons as every screen tells them
 * (graphFailureOf), with a file gone and a sign-in the user must make told apart; a code only for
 * what has no words.
 */
function failureOf(cause: unknown): { failure: DocumentFailure; code: string | null } {
  if (cause instanceof GraphHttpError && cause.status === 404) return { failure: 'not-found', code: null };
  if (cause instanceof AuthError && cause.reason === 'interaction-required') return { failure: 'sign-in-needed', code: null };
  const graph = graphFailureOf(cause);
  if (graph) return { failure: graph.reason, code: graph.code };
  return { failure: 'failed', code: cause instanceof Error && cause.name !== 'Error' ? cause.name : null };
}
