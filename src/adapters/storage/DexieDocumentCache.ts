import type { MailingDocument } from '../../domain/model/MailingDocument';
import type { ClientbookDb } from './ClientbookDb';

/** Library copies kept on this computer: enough for a team's templates and recent mail, not a mirror. */
const COPIES_CAP_BYTES = 200 * 1024 * 1024;

/**
 * This computer's copies of the team library: the last listing of each folder (documents rows,
 * source 'library') and the bytes of files opened or attached (documentContents), so the list and
 * previews work offline. A copy whose content tag no longer matches the library's is dropped, and
 * so are the largest copies once they pass the cap.
 */
export class DexieDocumentCache {
  /**
   * `copiesCapBytes`: how much the copies of library files may take here. Past it the largest other
   * copies go first (fewest downloads again); a local document is never dropped, it has no other copy.
   */
  constructor(
    private readonly db: ClientbookDb,
    private readonly copiesCapBytes = COPIES_CAP_BYTES,
  ) {}

  async listing(folder: string): Promise<MailingDocument[]> {
    const rows = await this.db.documents.filter((d) => d.source === 'library' && (d.folder ?? '') === folder).toArray();
    return rows.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Replaces the folder's listing; files gone from the library, or changed there, lose their copies. */
  async saveListing(folder: string, documents: MailingDocument[]): Promise<void> {
    await this.db.transaction('rw', [this.db.documents, this.db.documentContents], async () => {
      const before = new Map((await this.listing(folder)).map((d) => [d.id, d]));
      const now = new Map(documents.map((d) => [d.id, d]));
      const stale = [...before.values()].filter((d) => now.get(d.id)?.contentTag !== d.contentTag).map((d) => d.id);
      await this.db.documentContents.bulkDelete(stale);
      await this.db.documents.bulkDelete([...before.keys()].filter((id) => !now.has(id)));
      await this.db.documents.bulkPut(documents);
    });
  }

  get(id: string): Promise<MailingDocument | undefined> {
    return this.db.documents.get(id);
  }

  /** The kept copy of a file, when its tag still matches (any copy when the tag is unknown). */
  async content(id: string, contentTag?: string): Promise<string | undefined> {
    const [document, row] = await Promise.all([this.db.documents.get(id), this.db.documentContents.get(id)]);
    if (!row) return undefined;
    return contentTag === undefined || document?.contentTag === contentTag ? row.contentBase64 : undefined;
  }

  async save(document: MailingDocument, contentBase64: string): Promise<void> {
    await this.db.transaction('rw', [this.db.documents, this.db.documentContents], async () => {
      await this.db.documents.put(document);
      await this.db.documentContents.put({ id: document.id, contentBase64 });
      if (document.source === 'library') await this.trimCopies(document.id);
    });
  }

  /** Keeps the library copies within the cap; `keep` (the copy just saved) stays whatever its size. */
  private async trimCopies(keep: string): Promise<void> {
    const kept = await this.db.documentContents.toCollection().primaryKeys();
    const copies = (await this.db.documents.bulkGet(kept)).filter((d): d is MailingDocument => d?.source === 'library');
    let total = copies.reduce((sum, d) => sum + d.size, 0);
    const drop: string[] = [];
    for (const copy of copies.filter((d) => d.id !== keep).sort((a, b) => b.size - a.size)) {
      if (total <= this.copiesCapBytes) break;
      drop.push(copy.id);
      total -= copy.size;
    }
    await this.db.documentContents.bulkDelete(drop);
  }

  /** Marks a local document as uploaded to the library (its driveItemId), so it is published once. */
  async markPublished(localId: string, driveItemId: string): Promise<void> {
    await this.db.documents.update(localId, { driveItemId });
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.documents, this.db.documentContents], async () => {
      await this.db.documents.delete(id);
      await this.db.documentContents.delete(id);
    });
  }
}
