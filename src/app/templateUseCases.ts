import type { Template, TemplateAttachment } from '../domain/model/Template';
import { renderTemplate, type RenderedTemplate } from '../domain/rules/renderTemplate';
import { mergeValues } from '../domain/rules/mergeFields';
import { currentAuthor } from './currentAuthor';
import type { MailingDeps } from './MailingDeps';
import { mergeSubjectFor } from './mergeSubjectFor';
import { ValidationError } from './validation';

export type TemplateInput = { id?: string; name: string; subject: string; bodyHtml: string; attachments: TemplateAttachment[] };

/** Saves a template (new without an id), its body sanitised as every HTML the app keeps. */
export async function saveTemplate(deps: MailingDeps, input: TemplateInput): Promise<Template> {
  const errors = [];
  if (!input.name.trim()) errors.push({ field: 'name', key: 'errors.required' });
  if (!input.subject.trim()) errors.push({ field: 'subject', key: 'errors.required' });
  if (errors.length) throw new ValidationError(errors);
  const now = deps.clock.now().toISOString();
  const existing = input.id ? await deps.mailings.getTemplate(input.id) : undefined;
  const { author } = await currentAuthor(deps);
  const { sanitiseHtml } = await import('./sanitiseHtml');
  const template: Template = {
    id: existing?.id ?? deps.ids.newId(),
    name: input.name.trim(),
    subject: input.subject.trim(),
    // Remote images stay blocked: a mailing carries no pixel that reports an open.
    bodyHtml: sanitiseHtml(input.bodyHtml),
    attachments: input.attachments,
    author,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await deps.mailings.saveTemplate(template);
  return template;
}

/** The template filled for one recipient (client and contact; either may be absent), with its warnings. */
export async function previewTemplate(
  deps: MailingDeps,
  template: Pick<Template, 'subject' | 'bodyHtml'>,
  clientId: string | null,
  contactId: string | null,
  locale: string,
): Promise<RenderedTemplate> {
  const subject = await mergeSubjectFor(deps, clientId, contactId, locale);
  const { sanitiseHtml } = await import('./sanitiseHtml');
  return renderTemplate({ subject: template.subject, bodyHtml: sanitiseHtml(template.bodyHtml) }, mergeValues(subject));
}
