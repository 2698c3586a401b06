/**
 * Sends mail from the signed-in user's mailbox through Graph. Messages whose attachments are all
 * under 3 MB go in one POST /me/sendMail; a larger attachment needs a draft, an upload session per
 * large file (chunks PUT to the session URL without an Authorization header) and a send.
 */
import { bytesFromBase64 } from '../../domain/base64';
import { MailSendError } from '../../domain/MailSendError';
import { errorMessage } from '../../domain/errorMessage';
import type { MailSender, OutgoingAttachment, OutgoingMessage } from '../../domain/mailingPorts';
import type { GraphClient } from './GraphClient';
import { GraphHttpError } from './GraphHttpError';

/** Graph takes attachments inline below this size; larger ones through an upload session. */
export const INLINE_ATTACHMENT_LIMIT = 3 * 1024 * 1024;
/** Upload chunks: a multiple of 320 KiB under Outlook's 4 MB per request. */
export const UPLOAD_CHUNK = 12 * 320 * 1024;
/** When Graph throttles without saying for how long. */
const DEFAULT_RETRY_MS = 60_000;

const bytesOf = (a: OutgoingAttachment) => Math.floor((a.contentBase64.length * 3) / 4) - (a.contentBase64.match(/=+$/)?.[0].length ?? 0);

function fileAttachment(a: OutgoingAttachment) {
  return { '@odata.type': '#microsoft.graph.fileAttachment', name: a.name, contentType: a.contentType, contentBytes: a.contentBase64 };
}

export class GraphMailSender implements MailSender {
  constructor(private readonly client: GraphClient) {}

  async send(message: OutgoingMessage): Promise<void> {
    try {
      const large = message.attachments.filter((a) => bytesOf(a) >= INLINE_ATTACHMENT_LIMIT);
      if (!large.length) {
        await this.client.post('/me/sendMail', { message: this.messageJson(message, message.attachments), saveToSentItems: true });
        return;
      }
      const small = message.attachments.filter((a) => !large.includes(a));
      const draft = await this.client.post<{ id: string }>('/me/messages', this.messageJson(message, small));
      for (const a of large) await this.upload(draft.id, a);
      await this.client.post(`/me/messages/${encodeURIComponent(draft.id)}/send`, undefined);
    } catch (error) {
      throw toSendError(error);
    }
  }

  private messageJson(message: OutgoingMessage, attachments: OutgoingAttachment[]) {
    return {
      subject: message.subject,
      body: { contentType: 'HTML', content: message.html },
      toRecipients: message.to.map((p) => ({ emailAddress: { name: p.name, address: p.email } })),
      internetMessageId: message.internetMessageId,
      attachments: attachments.map(fileAttachment),
    };
  }

  private async upload(messageId: string, attachment: OutgoingAttachment): Promise<void> {
    const bytes = bytesFromBase64(attachment.contentBase64);
    const session = await this.client.post<{ uploadUrl: string }>(`/me/messages/${encodeURIComponent(messageId)}/attachments/createUploadSession`, {
      AttachmentItem: { attachmentType: 'file', name: attachment.name, size: bytes.length, contentType: attachment.contentType },
    });
    for (let start = 0; start < bytes.length; start += UPLOAD_CHUNK) {
      const chunk = bytes.slice(start, Math.min(start + UPLOAD_CHUNK, bytes.length));
      let response: Response;
      try {
        // The session URL carries its own token: an Authorization header here makes the upload fail.
        response = await fetch(session.uploadUrl, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${start}-${start + chunk.length - 1}/${bytes.length}` },
          body: chunk,
        });
      } catch (cause) {
        throw new GraphHttpError(0, 'networkError', `upload of ${attachment.name} got no answer`, null, { cause });
      }
      if (!response.ok) throw new GraphHttpError(response.status, `http${response.status}`, `upload of ${attachment.name}: ${response.status}`);
    }
  }
}

function toSendError(error: unknown): MailSendError {
  if (error instanceof MailSendError) return error;
  if (error instanceof GraphHttpError) {
    if (error.status === 429 || error.status === 503) return new MailSendError('throttled', error.message, error.retryAfterMs ?? DEFAULT_RETRY_MS, { cause: error });
    if (error.status === 0 || error.status === 401 || error.status === 403) return new MailSendError('unavailable', error.message, 0, { cause: error });
    return new MailSendError('rejected', error.message, 0, { cause: error });
  }
  // No token (not signed in, consent declined) and anything else: the mailbox cannot send now.
  return new MailSendError('unavailable', errorMessage(error), 0, { cause: error });
}
