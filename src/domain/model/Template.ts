import type { Record } from './Record';

/** A document a template attaches; its bytes live in the document store (team library or IndexedDB). */
export type TemplateAttachment = { documentId: string; name: string; contentType: string; size: number };

/**
 * An email template: a subject and a rich body with merge fields such as {{client.name}} or
 * {{contact.firstName|colleague}} (see renderTemplate). Shared through the team store.
 */
export type Template = Record & {
  name: string;
  subject: string;
  /** Sanitised HTML from the editor. */
  bodyHtml: string;
  attachments: TemplateAttachment[];
  /** Member email of who last saved it. */
  author: string;
};
