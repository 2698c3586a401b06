import { base64FromBytes } from '../../domain/base64';
import { DocumentUnavailableError, MAILING_FOLDER, type DocumentLibrary, type DocumentListing, type NewDocument } from '../../domain/documentPorts';
import type { MailingDocument } from '../../domain/model/MailingDocument';
import { freeName } from '../../domain/rules/freeName';
import type { Clock, IdSource } from '../../domain/ports';
import type { ClientbookDb } from './ClientbookDb';

/**
 * The single-user document library: files kept in this browser's IndexedDB (the documents table,
 * source 'local'; bytes apart in documentContents so listing stays light).
 */
export class DexieDocumentLibrary implements DocumentLibrary {
  constructor(
    private readonly db: ClientbookDb,
    private readonly ids: IdSource,
    private readonly clock: Clock,
  ) {}

  async list(folder = MAILING_FOLDER): Promise<DocumentListing> {
    const documents = await this.db.documents.filter((d) => d.source === 'local' && (d.folder ?? MAILING_FOLDER) === folder).toArray();
    return { documents: documents.sort((a, b) => a.name.localeCompare(b.name)), from: 'local' };
  }

  async upload(file: NewDocument, folder = MAILING_FOLDER): Promise<MailingDocument> {
    const now = this.clock.now().toISOString();
    return this.db.transaction('rw', [this.db.documents, this.db.documentContents], async () => {
      const taken = new Set((await this.list(folder)).documents.map((d) => d.name));
      const document: MailingDocument = {
        id: this.ids.newId(),
        name: freeName(file.name, (n) => taken.has(n)),
        contentType: file.contentType || 'application/octet-stream',
        size: file.bytes.length,
        source: 'local',
        driveItemId: '',
        folder,
        createdAt: now,
        updatedAt: now,
      };
      await this.db.documents.put(document);
      await this.db.documentContents.put({ id: document.id, contentBase64: base64FromBytes(file.bytes) });
      return document;
    });
  }

  async content(id: string): Promise<string> {
    const row = await this.db.documentContents.get(id);
    if (!row) throw new DocumentUnavailableError('not-found', `No document ${id} is kept in this browser.`);
    return row.contentBase64;
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.documents, this.db.documentContents], async () => {
      await this.db.documents.delete(id);
      await this.db.documentContents.delete(id);
    });
  }
}
