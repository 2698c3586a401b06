import { base64FromBytes } from '../../src/domain/base64';
import { DocumentUnavailableError, type DocumentLibrary, type DocumentListing, type NewDocument } from '../../src/domain/documentPorts';
import type { MailingDocument } from '../../src/domain/model/MailingDocument';

/**
 * A DocumentLibrary in memory, standing in for the team library: `from` says how listings come
 * ('library' online, 'cache' offline); `offline` makes files without a kept copy unavailable.
 */
export class FakeDocumentLibrary implements DocumentLibrary {
  from: DocumentListing['from'] = 'library';
  /** Ids whose bytes this computer keeps; the rest fail while `from` is 'cache'. */
  readonly kept = new Set<string>();
  private readonly files = new Map<string, { document: MailingDocument; content: string }>();
  private seq = 0;

  async list(folder = ''): Promise<DocumentListing> {
    const documents = [...this.files.values()].map((f) => f.document).filter((d) => (d.folder ?? '') === folder);
    return { documents: documents.sort((a, b) => a.name.localeCompare(b.name)), from: this.from };
  }

  async upload(file: NewDocument, folder = ''): Promise<MailingDocument> {
    if (this.from === 'cache') throw new DocumentUnavailableError('offline', 'offline');
    const id = `drive-item-${++this.seq}`;
    const at = '2026-03-10T09:00:00.000Z';
    const document: MailingDocument = { id, name: file.name, contentType: file.contentType, size: file.bytes.length, source: 'library', driveItemId: id, folder, createdAt: at, updatedAt: at };
    this.files.set(id, { document, content: base64FromBytes(file.bytes) });
    this.kept.add(id);
    return document;
  }

  async content(id: string): Promise<string> {
    const file = this.files.get(id);
    if (!file) throw new DocumentUnavailableError('not-found', `no ${id}`);
    if (this.from === 'cache' && !this.kept.has(id)) throw new DocumentUnavailableError('offline', 'offline');
    return file.content;
  }

  async remove(id: string): Promise<void> {
    if (this.from === 'cache') throw new DocumentUnavailableError('offline', 'offline');
    this.files.delete(id);
  }
}
