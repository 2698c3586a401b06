import { isMergeField, type MergeValues } from './mergeFields';

export type RenderedTemplate = {
  subject: string;
  html: string;
  /** Fields used that are empty for this recipient and have no fallback: the message shows a gap. */
  emptyFields: string[];
  /** Fields empty for this recipient whose fallback text was used instead. */
  fallbackFields: string[];
  /** Names in {{…}} that are not merge fields; they are left out of the message. */
  unknownFields: string[];
};

// {{ field }} or {{ field | fallback text }}; the fallback may not contain braces.
const FIELD = /\{\{\s*([A-Za-z]+\.[A-Za-z]+)\s*(?:\|([^{}]*))?\}\}/g;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function htmlValue(text: string): string {
  // A signature keeps its lines.
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/**
 * Fills a template for one recipient. In the body every value is HTML-escaped (a client named
 * "<b>Acme</b>" shows those characters, never markup); a fallback is part of the template's own
 * sanitised HTML and goes in as written. The subject is plain text.
 */
export function renderTemplate(template: { subject: string; bodyHtml: string }, values: MergeValues): RenderedTemplate {
  const empty = new Set<string>();
  const fellBack = new Set<string>();
  const unknown = new Set<string>();

  const fill = (source: string, asHtml: boolean) =>
    source.replace(FIELD, (_match, name: string, fallback: string | undefined) => {
      if (!isMergeField(name)) {
        unknown.add(name);
        return '';
      }
      const value = (values[name] ?? '').trim();
      if (value) return asHtml ? htmlValue(value) : value.replace(/\s*\n\s*/g, ' ');
      const alt = fallback?.trim() ?? '';
      if (alt) {
        fellBack.add(name);
        return asHtml ? alt : decodeEntities(alt);
      }
      empty.add(name);
      return '';
    });

  const subject = fill(template.subject, false);
  const html = fill(template.bodyHtml, true);
  return { subject, html, emptyFields: [...empty], fallbackFields: [...fellBack].filter((f) => !empty.has(f)), unknownFields: [...unknown] };
}

// A fallback typed in the editor reaches the subject as HTML text only when pasted from the body.
function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The merge fields a template uses, in order of first use. */
export function fieldsUsed(template: { subject: string; bodyHtml: string }): string[] {
  const names = [...`${template.subject}\n${template.bodyHtml}`.matchAll(FIELD)].map((m) => m[1] ?? '');
  return [...new Set(names)];
}
