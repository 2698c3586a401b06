import { useEffect, useState } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import type { DocumentListing } from '../../../../domain/documentPorts';
import type { MailingDocument } from '../../../../domain/model/MailingDocument';

export type DocumentPreview = { document: MailingDocument; dataUrl: string; text: string | null };

/**
 * The document library as a view needs it: the listing (read on open and after every change, not
 * live — the team library is a remote folder), adding and removing files, and previews.
 */
export function useDocumentLibrary(mailings: Mailings) {
  const [listing, setListing] = useState<DocumentListing | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  /** What failed last: listing, opening a file, or changing the library (adding, removing one), and the file's name. */
  const [error, setError] = useState<{ during: 'open' | 'add' | 'remove' | 'list'; name: string; error: unknown } | null>(null);
  const [preview, setPreview] = useState<DocumentPreview | null>(null);

  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  useEffect(() => {
    let current = true;
    mailings.documents().then(
      (l) => current && setListing(l),
      (e: unknown) => current && setError({ during: 'list', name: '', error: e }),
    );
    return () => {
      current = false;
    };
  }, [mailings, version]);

  async function run<T>(label: string, during: 'open' | 'add' | 'remove', work: () => Promise<T>): Promise<T | undefined> {
    setBusy(label);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError({ during, name: label, error: e });
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  return {
    listing,
    /** The file being saved, or null. */
    busy,
    error,
    preview,
    async add(file: File): Promise<MailingDocument | undefined> {
      const added = await run(file.name, 'add', async () => mailings.addDocument({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }));
      reload();
      return added;
    },
    async remove(document: MailingDocument) {
      await run(document.name, 'remove', () => mailings.removeDocument(document.id));
      if (preview?.document.id === document.id) setPreview(null);
      reload();
    },
    async open(document: MailingDocument) {
      const content = await run(document.name, 'open', () => mailings.documentContent(document.id));
      if (content === undefined) return;
      // A data URL needs no object URL to revoke when the preview closes.
      const text = document.contentType.startsWith('text/') ? new TextDecoder().decode(Uint8Array.from(atob(content), (c) => c.charCodeAt(0))) : null;
      setPreview({ document, dataUrl: `data:${document.contentType};base64,${content}`, text });
    },
    close: () => setPreview(null),
  };
}
