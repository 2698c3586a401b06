/**
 * Turns an .eml file into a message of the demo mailbox. Real-world files lack headers, nest
 * parts, carry megabytes of body or hostile HTML: every gap gets a safe default here, and the
 * body is only ever shown through the app's sanitiser.
 */
import PostalMime, { type Address, type Attachment as MimeAttachment, type Email } from 'postal-mime';
import type { EmailParticipant } from '../../../domain/model/HistoryEntry';
import { base64FromBytes } from '../../../domain/base64';
import type { MailBody } from '../../../domain/ports';
import type { DemoAttachment, DemoMessage } from './DemoMessage';

export class EmlParseError extends Error {
  constructor(fileName: string, options?: { cause?: unknown }) {
    super(`"${fileName}" could not be read as an email.`, options);
    this.name = 'EmlParseError';
  }
}

/** A stable 64-bit hex digest (two FNV-1a passes): the same headers give the same id on every open. */
export function stableHash(input: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ input.length;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function participants(addresses: readonly Address[] | undefined): EmailParticipant[] {
  return (addresses ?? []).flatMap((a) => (a.group ? a.group : [a])).map((m) => ({ name: m.name.trim(), email: m.address.trim() }));
}

function participant(address: Address | undefined): EmailParticipant | null {
  const [first] = participants(address ? [address] : []);
  return first && (first.email || first.name) ? first : null;
}

function sizeOf(content: MimeAttachment['content']): number {
  return typeof content === 'string' ? content.length : content.byteLength;
}

function base64Of(content: MimeAttachment['content']): string {
  return typeof content === 'string' ? base64FromBytes(new TextEncoder().encode(content)) : base64FromBytes(content instanceof Uint8Array ? content : new Uint8Array(content));
}

function attachmentsOf(email: Email): DemoAttachment[] {
  return email.attachments.map((a, i) => ({
    name: a.filename?.trim() || `attachment-${i + 1}.${a.mimeType.split('/')[1]?.replace(/[^a-z0-9.+-]/gi, '') || 'bin'}`,
    size: sizeOf(a.content),
    contentType: a.mimeType,
    isInline: a.disposition === 'inline' || a.related === true,
    id: `attachment-${i + 1}`,
    ...(a.contentId ? { contentId: a.contentId.replace(/^<|>$/g, '') } : {}),
    contentBase64: base64Of(a.content),
  }));
}

function bodyOf(email: Email): MailBody {
  if (email.html?.trim()) return { kind: 'html', content: email.html };
  return { kind: 'text', content: email.text ?? '' };
}

/** The first id of References (the thread's root), else In-Reply-To, else the message itself. */
function threadRoot(email: Email, internetMessageId: string): string {
  const references = email.references?.match(/<[^>]+>/g) ?? [];
  return references[0] ?? email.inReplyTo?.match(/<[^>]+>/)?.[0] ?? internetMessageId;
}

function validDate(raw: string | undefined, fallback: Date): string {
  const parsed = raw ? Date.parse(raw) : Number.NaN;
  return new Date(Number.isNaN(parsed) ? fallback.getTime() : parsed).toISOString();
}

export type EmlSource = { name: string; content: ArrayBuffer | Uint8Array | string; receivedAt: Date };

/**
 * Parses an .eml file. A message without Message-ID gets one derived from its raw headers, so
 * opening the same file again (and logging it) names the same message.
 */
export async function emlToDemoMessage({ name, content, receivedAt }: EmlSource): Promise<DemoMessage> {
  let email: Email;
  try {
    email = await PostalMime.parse(content);
  } catch (cause) {
    throw new EmlParseError(name, { cause });
  }
  const rawHeaders = email.headerLines.map((h) => h.line).join('\n');
  const body = bodyOf(email);
  const fingerprint = stableHash(rawHeaders || `${name}\n${body.content.slice(0, 100_000)}`);
  const internetMessageId = email.messageId?.trim() || `<eml-${fingerprint}@demo.clientbook.invalid>`;
  const from = participant(email.from);
  return {
    id: `eml-${stableHash(internetMessageId.toLowerCase())}`,
    internetMessageId,
    conversationId: `conv-${stableHash(threadRoot(email, internetMessageId).toLowerCase())}`,
    subject: email.subject?.trim() ?? '',
    from,
    sender: participant(email.sender) ?? from,
    to: participants(email.to),
    cc: participants(email.cc),
    date: validDate(email.date, receivedAt),
    body,
    attachments: attachmentsOf(email),
    categories: [],
    folder: 'inbox',
    notification: '',
  };
}
