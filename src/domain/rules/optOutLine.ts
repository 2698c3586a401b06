import { escapeHtml } from './renderTemplate';

/**
 * Appends the opt-out line every mailing carries, in the message's language. Opting out is a reply
 * the manager records with one click on the client's card: no link, no tracking of any kind.
 */
export function withOptOutLine(html: string, line: string): string {
  return `${html}<hr><p style="font-size:smaller">${escapeHtml(line)}</p>`;
}
