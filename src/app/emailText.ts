import DOMPurify from 'dompurify';
import type { MailBody } from '../domain/ports';

/** How much of a body a history entry keeps: enough to read during a call, bounded for 10 MB mails. */
export const HISTORY_TEXT_LIMIT = 20_000;
// Sanitising a multi-megabyte HTML body costs seconds; its first part holds what matters.
const HTML_PARSE_LIMIT = 1_000_000;

/** Sanitised HTML for display: no scripts, handlers, javascript: links; remote images only if allowed. */
export function sanitiseHtml(html: string, allowRemoteImages = false): string {
  const clean = DOMPurify.sanitize(html.slice(0, HTML_PARSE_LIMIT), {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'video', 'audio', 'source', 'track'],
    // Each of these can fetch a remote resource, which is how tracking pixels report an open.
    FORBID_ATTR: ['srcset', 'background', 'poster'],
    RETURN_DOM: true,
  }) as HTMLElement; // RETURN_DOM gives the <body> element
  for (const img of Array.from(clean.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (!allowRemoteImages && !src.startsWith('data:') && !src.startsWith('cid:')) {
      img.setAttribute('data-blocked-src', src);
      img.removeAttribute('src');
    }
  }
  if (!allowRemoteImages) {
    for (const el of Array.from(clean.querySelectorAll<HTMLElement>('[style*="url" i]'))) {
      el.setAttribute('style', (el.getAttribute('style') ?? '').replace(/url\s*\([^)]*\)/gi, 'none'));
    }
  }
  for (const a of Array.from(clean.querySelectorAll('a'))) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  return clean.innerHTML;
}

/** Plain text of a body, whitespace tidied, cut to the history limit. */
export function bodyToText(body: MailBody): string {
  let text: string;
  if (body.kind === 'html') {
    const dom = DOMPurify.sanitize(body.content.slice(0, HTML_PARSE_LIMIT), { RETURN_DOM: true, FORBID_TAGS: ['style', 'script'] }) as HTMLElement;
    dom.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
    dom.querySelectorAll('p, div, tr, li, h1, h2, h3, h4, blockquote').forEach((el) => el.append('\n'));
    text = dom.textContent ?? '';
  } else {
    text = body.content.slice(0, HTML_PARSE_LIMIT);
  }
  text = text.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return text.length > HISTORY_TEXT_LIMIT ? `${text.slice(0, HISTORY_TEXT_LIMIT)}…` : text;
}
