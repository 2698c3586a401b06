import DOMPurify from 'dompurify';

// Sanitising a multi-megabyte HTML body costs seconds; its first part holds what matters.
const HTML_PARSE_LIMIT = 1_000_000;

/**
 * Sanitised HTML for display: no scripts, handlers, javascript: links; remote images only if allowed.
 * DOMPurify is its own module so the pane's start does without it: the pane imports this file
 * dynamically, only where a template is saved or filled.
 */
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
