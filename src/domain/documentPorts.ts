/**
 * The document library: documents and demo materials templates attach, and attachments saved
 * with logged emails. In single-user mode it is this browser's IndexedDB; with a team store it is
 * the team site's document library, cached on this computer for offline preview. The UI, mailings
 * and email logging work through this port and never know which one they have.
 */
import type { MailingDocument } from './model/MailingDocument';

/** A file to keep: its name, MIME type and bytes. */
export type NewDocument = { name: string; contentType: string; bytes: Uint8Array };

/**
 * A folder's files. 'local': single-user IndexedDB; 'library': read from the team library just
 * now; 'cache': the library could not be reached, these are the copies kept on this computer.
 */
export type DocumentListing = { documents: MailingDocument[]; from: 'local' | 'library' | 'cache' };

/** Folder of the documents and demo materials templates attach (the library's top folder). */
export const MAILING_FOLDER = '';

export interface DocumentLibrary {
  /** Files of a folder, by name; folders themselves are not listed. */
  list(folder?: string): Promise<DocumentListing>;
  /** Keeps a file in the folder (created when missing); a name already there gets a new one. */
  upload(file: NewDocument, folder?: string): Promise<MailingDocument>;
  /** The file's bytes as base64. Rejects with DocumentUnavailableError. */
  content(id: string): Promise<string>;
  /** Removes the file (and this computer's copy). */
  remove(id: string): Promise<void>;
  /**
   * With a team store: uploads the template documents this computer kept before Connect to the
   * team library, once each, telling `moved` the library file that now stands for each (templates
   * must point at it for teammates to attach it). Absent where there is nowhere to publish to.
   */
  publishLocal?(moved: (localId: string, published: MailingDocument) => Promise<void>): Promise<number>;
}

/**
 * Why the library did not do it, as the screens say it: 'offline', it cannot be reached (and no copy
 * is kept here); 'throttled', it asked to slow down (429); 'unavailable', it is briefly not answering
 * (500, 502, 503, 504); 'no-access', the signed-in user may not use it (401, 403); 'sign-in-needed',
 * no sign-in to ask it with; 'not-found', no such file; 'failed', anything else (see `code`).
 */
export type DocumentFailure = 'offline' | 'throttled' | 'unavailable' | 'no-access' | 'sign-in-needed' | 'not-found' | 'failed';

export class DocumentUnavailableError extends Error {
  override readonly name = 'DocumentUnavailableError';
  /** What an administrator can look up ("HTTP 409 nameAlreadyExists"), never a sentence; null when none is known. */
  readonly code: string | null;

  constructor(
    readonly failure: DocumentFailure,
    message: string,
    options?: { cause?: unknown; code?: string | null },
  ) {
    super(message, { cause: options?.cause });
    this.code = options?.code ?? null;
  }
}
