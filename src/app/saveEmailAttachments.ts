/**
 * Saves a logged email's attachments into the document library (the team site's while connected,
 * IndexedDB otherwise), one folder per client, under the team's size cap. Inline images are part
 * of the body, not documents (Office.js and Graph: isInline, "displayed in the body"): a sender's
 * signature logo would otherwise join the client's files with every email. They are not saved;
 * where the body showed one as "cid:", the history entry's text keeps a marker ("[image: logo.png]").
 */
import { bytesFromBase64 } from '../domain/base64';
import type { AttachmentContent } from '../domain/conversationPorts';
import { DocumentUnavailableError, type DocumentLibrary } from '../domain/documentPorts';
import type { SavedAttachment, SkippedAttachment } from '../domain/model/HistoryEntry';
import type { Attachment, MailBody, ReadItem } from '../domain/ports';

/** Reads one attachment's bytes (base64); the mail host, or whatever reads the message. */
export type AttachmentReader = (item: ReadItem, attachment: Attachment) => Promise<string | AttachmentContent>;

export type AttachmentSaving = { saved: SavedAttachment[]; skipped: SkippedAttachment[]; body: MailBody | null };

const MB = 1024 * 1024;

/** SharePoint refuses " * : < > ? / \ | in names, and leading or trailing dots and spaces. */
function safeName(name: string, fallback: string): string {
  const clean = name.replace(/["*:<>?/\\|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
  return clean.slice(0, 120) || fallback;
}

/** The client's folder: its name for people browsing the library, and the end of its id so two clients of one name stay apart. */
export function clientFolder(client: { id: string; name: string }): string {
  return `Clients/${safeName(client.name, 'Client')} ${client.id.slice(-6)}`;
}

export const imageMarker = (name: string) => `[image: ${name}]`;

/** The inline attachment a "cid:" link names: by Content-ID, else by the name the id starts with, else the next unclaimed inline one. */
function attachmentFor(cid: string, inline: Attachment[], claimed: Set<Attachment>): Attachment | undefined {
  const id = cid.replace(/^cid:/i, '').replace(/^<|>$/g, '').toLowerCase();
  const byId = inline.find((a) => a.contentId?.replace(/^<|>$/g, '').toLowerCase() === id);
  if (byId) return byId;
  const local = id.split('@')[0] ?? '';
  return inline.find((a) => a.name.toLowerCase() === local) ?? inline.find((a) => !claimed.has(a));
}

/** The body with each "cid:" image replaced by its marker, naming the inline attachment it showed. */
function markInlineImages(body: MailBody, attachments: Attachment[]): MailBody {
  const inline = attachments.filter((a) => a.isInline);
  if (body.kind !== 'html' || !inline.length || !/cid:/i.test(body.content)) return body;
  const claimed = new Set<Attachment>();
  // Parsed, never rendered: no script runs and no image loads.
  const doc = new DOMParser().parseFromString(body.content, 'text/html');
  for (const img of Array.from(doc.querySelectorAll('img[src^="cid:" i]'))) {
    const attachment = attachmentFor(img.getAttribute('src') ?? '', inline, claimed);
    if (!attachment) continue;
    claimed.add(attachment);
    img.replaceWith(doc.createTextNode(imageMarker(attachment.name)));
  }
  return { kind: 'html', content: doc.documentElement.outerHTML };
}

/** An image shown in the body. An inline file of another type (some mailers send every attachment inline) is still a document. */
const isInlineImage = (attachment: Attachment) => attachment.isInline && /^image\//i.test(attachment.contentType);

/** Hosts give the bytes alone; Graph gives them with the Content-ID. */
const base64Of = (read: string | AttachmentContent) => (typeof read === 'string' ? read : read.base64);

/**
 * Saves what fits under `capMb` and can be read; the rest is listed with the reason; inline images
 * are neither. The body (when given) comes back with its inline images marked.
 */
export async function saveEmailAttachments(
  library: DocumentLibrary,
  read: AttachmentReader | undefined,
  item: ReadItem,
  client: { id: string; name: string },
  capMb: number,
  body: MailBody | null,
): Promise<AttachmentSaving> {
  const saved: SavedAttachment[] = [];
  const skipped: SkippedAttachment[] = [];
  const folder = clientFolder(client);
  const day = (item.date || '').slice(0, 10);
  for (const attachment of item.attachments.filter((a) => !isInlineImage(a))) {
    const skip = (reason: SkippedAttachment['reason']) => skipped.push({ name: attachment.name, size: attachment.size, reason });
    if (attachment.kind && attachment.kind !== 'file') {
      skip('not-a-file');
      continue;
    }
    if (attachment.size > capMb * MB) {
      skip('over-cap');
      continue;
    }
    let bytes: Uint8Array;
    try {
      if (!read) throw new Error('The mail host cannot read attachments');
      bytes = bytesFromBase64(base64Of(await read(item, attachment)));
    } catch {
      skip('unreadable');
      continue;
    }
    // Hosts round sizes or give none: the bytes decide.
    if (bytes.length > capMb * MB) {
      skip('over-cap');
      continue;
    }
    try {
      const name = safeName(day ? `${day} ${attachment.name}` : attachment.name, 'attachment');
      const document = await library.upload({ name, contentType: attachment.contentType || 'application/octet-stream', bytes }, folder);
      saved.push({
        documentId: document.id,
        name: document.name,
        contentType: document.contentType,
        size: document.size,
        source: document.source,
        webUrl: document.webUrl ?? '',
      });
    } catch (error) {
      skip(error instanceof DocumentUnavailableError && error.failure === 'offline' ? 'offline' : 'failed');
    }
  }
  return { saved, skipped, body: body && markInlineImages(body, item.attachments) };
}
