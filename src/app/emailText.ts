import type { MailBody } from '../domain/ports';

/** How much of a body a history entry keeps: enough to read during a call, bounded for 10 MB mails. */
export const HISTORY_TEXT_LIMIT = 20_000;
// Parsing a multi-megabyte HTML body costs seconds; its first part holds what matters.
const HTML_PARSE_LIMIT = 1_000_000;
// Elements whose content is code or fallback, never text a person wrote.
const NOT_TEXT = 'script, style, noscript, template, iframe, noembed, noframes, xmp, plaintext';

/** Plain text of a body, whitespace tidied, cut to the history limit. */
export function bodyToText(body: MailBody): string {
  let text: string;
  if (body.kind === 'html') {
    // A parsed (never rendered) document runs no script and loads no image: only its text is read.
    const dom = new DOMParser().parseFromString(body.content.slice(0, HTML_PARSE_LIMIT), 'text/html').body;
    dom.querySelectorAll(NOT_TEXT).forEach((el) => el.remove());
    dom.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
    dom.querySelectorAll('p, div, tr, li, h1, h2, h3, h4, blockquote').forEach((el) => el.append('\n'));
    text = dom.textContent ?? '';
  } else {
    text = body.content.slice(0, HTML_PARSE_LIMIT);
  }
  text = text.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return text.length > HISTORY_TEXT_LIMIT ? `${text.slice(0, HISTORY_TEXT_LIMIT)}…` : text;
}
