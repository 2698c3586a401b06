import { saveEmailAttachments } from '../../../src/app/saveEmailAttachments';
import { base64FromBytes } from '../../../src/domain/base64';
import type { Attachment } from '../../../src/domain/ports';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeDocumentLibrary } from '../../support/fakeDocumentLibrary';

const bytes = base64FromBytes(new TextEncoder().encode('content'));

/** The client's folder after logging a message with these attachments, and what the entry lists. */
async function savedOf(attachments: Attachment[]) {
  const library = new FakeDocumentLibrary();
  const item = aReadItem({ date: '2026-11-28T07:03:00Z', attachments });
  const result = await saveEmailAttachments(library, async () => bytes, item, { id: 'client-000001', name: 'Polissia Agro' }, 10, null);
  const folder = await library.list('Clients/Polissia Agro 000001');
  return { files: folder.documents.map((d) => d.name), saved: result.saved.map((a) => a.name), skipped: result.skipped };
}

describe('attachments an email shows in its body', () => {
  it('a signature logo (an inline image) is not one of the client’s documents; the files beside it are', async () => {
    const { files, saved, skipped } = await savedOf([
      { name: 'Специфікація-весна-2027.xlsx', size: 7, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', isInline: false },
      { name: 'logo.png', size: 7, contentType: 'image/png', isInline: true },
    ]);
    expect(files).toEqual(['2026-11-28 Специфікація-весна-2027.xlsx']);
    expect(saved).toEqual(['2026-11-28 Специфікація-весна-2027.xlsx']);
    expect(skipped).toEqual([]);
  });

  it('a file some mailers send inline that is no image (a PDF) is still a document', async () => {
    const { files } = await savedOf([{ name: 'Договір.pdf', size: 7, contentType: 'application/pdf', isInline: true }]);
    expect(files).toEqual(['2026-11-28 Договір.pdf']);
  });
});
