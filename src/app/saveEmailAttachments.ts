/**
 * Saves a logged email's attachments into the document library (the team site's while connected,
 * IndexedDB otherwise), one folder per client, under the team's size cap. Inline images referenced
 * from the body as "cid:" are replaced in the body by a marker ("[image: logo.png]") that the
 * history entry's text keeps, so the entry can show the stored copy where the image was.
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

/** The body with each "cid:" image replaced by its marker, and which attachment each marker stands for. */
function markInlineImages(body: MailBody, attachments: Attachment[]): { body: MailBody; markers: Map<Attachment, string> } {
  const markers = new Map<Attachment, string>();
  const inline = attachments.filter((a) => a.isInline);
  if (body.kind !== 'html' || !inline.length || !/cid:/i.test(body.content)) return { body, markers };
  // Parsed, never rendered: no script runs and no image loads.
  const doc = new DOMParser().parseFromString(body.content, 'text/html');
  for (const img of Array.from(doc.querySelectorAll('img[src^="cid:" i]'))) {
    const attachment = attachmentFor(img.getAttribute('src') ?? '', inline, new Set(markers.keys()));
    if (!attachment) continue;
    const marker = imageMarker(attachment.name);
    markers.set(attachment, marker);
    img.replaceWith(doc.createTextNode(marker));
  }
  return { body: { kind: 'html', content: doc.documentElement.outerHTML }, markers };
}

/** Hosts give the bytes alone; Graph gives the Content-ID with them, which its listing cannot select. */
function contentOf(read: string | AttachmentContent): AttachmentContent {
  return typeof read === 'string' ? { base64: read } : read;
}

/**
 * Saves what fits under `capMb` and can be read; the rest is listed with the reason. The body
 * (when given) comes back with its inline images marked, once each image's Content-ID is known.
 */
export async function saveEmailAttachments(
  library: DocumentLibrary,
  read: AttachmentReader | undefined,
  item: ReadItem,
  client: { id: string; name: string },
  capMb: number,
  body: MailBody | null,
): Promise<AttachmentSaving> {
  const listed = [...item.attachments];
  const savedAs = new Map<Attachment, SavedAttachment>();
  const saved: SavedAttachment[] = [];
  const skipped: SkippedAttachment[] = [];
  const folder = clientFolder(client);
  const day = (item.date || '').slice(0, 10);
  for (const [index, attachment] of item.attachments.entries()) {
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
      const content = contentOf(await read(item, attachment));
      bytes = bytesFromBase64(content.base64);
      if (content.contentId && !attachment.contentId) listed[index] = { ...attachment, contentId: content.contentId };
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
      const entry: SavedAttachment = {
        documentId: document.id,
        name: document.name,
        contentType: document.contentType,
        size: document.size,
        source: document.source,
        webUrl: document.webUrl ?? '',
      };
      saved.push(entry);
      savedAs.set(listed[index]!, entry);
    } catch (error) {
      skip(error instanceof DocumentUnavailableError && error.failure === 'offline' ? 'offline' : 'failed');
    }
  }
  const marked = body ? markInlineImages(body, listed) : null;
  for (const [attachment, marker] of marked?.markers ?? []) {
    const entry = savedAs.get(attachment);
    if (entry) entry.marker = marker;
  }
  return { saved, skipped, body: marked?.body ?? body };
}
