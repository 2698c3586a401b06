import { ComposeError, type NewMessage } from '../domain/composePorts';
import type { AudienceFilter, AudienceQuery, Mailing } from '../domain/model/Mailing';
import { CANCELLED_BY_MANAGER, skipReasons, type MailingRecipient, type SkipReason } from '../domain/model/MailingRecipient';
import type { MailingDocument } from '../domain/model/MailingDocument';
import type { Language } from '../domain/model/ReferenceItem';
import type { SavedQuery } from '../domain/model/SavedQuery';
import type { Template, TemplateAttachment } from '../domain/model/Template';
import type { MailingSettings, OutgoingAttachment } from '../domain/mailingPorts';
import type { EmailParticipant } from '../domain/model/HistoryEntry';
import { mergeFields } from '../domain/rules/mergeFields';
import type { RenderedTemplate } from '../domain/rules/renderTemplate';
import { selectAudience, type Audience } from '../domain/rules/selectAudience';
import { saveClient } from './clientUseCases';
import { hostLanguage } from './hostLanguage';
import { RecordNotFoundError } from './RecordNotFoundError';
import type { MailingDeps } from './MailingDeps';
import { checkMailingSettings } from './mailingSettingsChecks';
import { MailingRunner } from './MailingRunner';
import { previewTemplate, saveTemplate, type TemplateInput } from './templateUseCases';
import { ValidationError } from './validation';

/** `savedQueryId` ('' or absent: all clients) narrows the audience to the clients a saved query points at, before the filter. */
export type MailingInput = { templateId: string; name: string; audience: AudienceFilter; savedQueryId?: string };

/** Who a mailing would reach, and how many clients the chosen saved query pointed at (null without one). */
export type MailingAudience = Audience & { fromQuery: { savedQuery: SavedQuery; clients: number } | null };

/**
 * Progress of one mailing, counted from its queue: `cancelled` counts only the messages Cancel
 * mailing stopped; those skipped because their client opted out, has no consent or was deleted are
 * counted by reason in `skipped`, whether the mailing was cancelled or finished.
 */
export type MailingProgress = {
  mailing: Mailing;
  total: number;
  sent: number;
  failed: number;
  queued: number;
  cancelled: number;
  skipped: Record<SkipReason, number>;
  failures: MailingRecipient[];
};

/** Why a message the queue holds as cancelled was not sent; null when Cancel mailing stopped it. */
function skipReasonOf(recipient: MailingRecipient): SkipReason | null {
  if (recipient.error === CANCELLED_BY_MANAGER) return null;
  // '' is the store's cancellation of a deleted client's or an erased person's messages.
  return (skipReasons as readonly string[]).includes(recipient.error) ? (recipient.error as SkipReason) : 'deleted';
}

/**
 * Why a template's document is not on the message: 'unsupported', this Outlook cannot add
 * attachments from add-ins; 'unreadable', the document could not be read (offline, removed from the
 * library); 'refused', Outlook refused it (too large for the message).
 */
export type NotAttachedReason = 'unsupported' | 'unreadable' | 'refused';

/** What inserting a template into the message being written did. */
export type ComposeInsert = {
  rendered: RenderedTemplate;
  /** The recipient's client, or null when the recipient has no card (fields used their fallbacks). */
  matchedClientId: string | null;
  /** The template's documents that are not on the message, in the template's order: attach them by hand. */
  notAttached: (TemplateAttachment & { reason: NotAttachedReason })[];
};

/** What "New email from template" did: the message opened, and the template's documents not on it. */
export type NewEmail = Pick<ComposeInsert, 'rendered' | 'notAttached'>;

/** A mailing cannot start without a mailbox that sends (Outlook needs the team site sign-in). */
export class NoMailSenderError extends Error {
  constructor() {
    super('This pane cannot send mailings: sign in to the team site first.');
    this.name = 'NoMailSenderError';
  }
}

/** A filled message is bigger than Outlook's new-message form takes (32 KB of body). */
export const NEW_MESSAGE_BODY_LIMIT = 32_000;

/** Templates, documents, compose insertion and bulk mailings, bound to one set of ports. */
export function createMailings(deps: MailingDeps) {
  const { mailings, clock, ids, mailHost, compose } = deps;
  const runner = new MailingRunner(deps);
  const language = (): Language => hostLanguage(mailHost.displayLanguage());
  const locale = () => (language() === 'uk' ? 'uk-UA' : 'en-GB');

  const savedQueries = async (): Promise<SavedQuery[]> => (deps.analytics ? deps.analytics.savedQueries() : []);

  async function savedQuery(id: string): Promise<SavedQuery> {
    const found = (await savedQueries()).find((q) => q.id === id);
    if (!found) throw new RecordNotFoundError('savedQuery', id);
    return found;
  }

  async function audience(filter: AudienceFilter, savedQueryId = ''): Promise<MailingAudience> {
    // Every store read comes before the lazy import: the bulk screen runs this as a live query,
    // which only notices changes to what it read before its first await on something else.
    const [{ clients, contacts }, settings, saved] = await Promise.all([mailings.audienceRecords(), mailings.settings(), savedQueryId ? savedQuery(savedQueryId) : null]);
    const data = saved ? await mailings.queryRecords(saved.query.records) : null;
    let fromQuery: MailingAudience['fromQuery'] = null;
    let chosen = clients;
    if (saved && data) {
      // The query engine is analytics code: loaded when a mailing first uses a saved query.
      const { clientsOfQuery } = await import('../domain/rules/clientsOfQuery');
      const inQuery = clientsOfQuery(data, saved.query);
      chosen = clients.filter((c) => inQuery.has(c.id));
      fromQuery = { savedQuery: saved, clients: inQuery.size };
    }
    const byClient = new Map<string, typeof contacts>();
    for (const c of contacts) byClient.set(c.clientId, [...(byClient.get(c.clientId) ?? []), c]);
    return { ...selectAudience(chosen, (id) => byClient.get(id) ?? [], filter, settings.neverMailDomains), fromQuery };
  }

  async function setStatus(id: string, status: Mailing['status']): Promise<Mailing> {
    const mailing = await mailings.getMailing(id);
    if (!mailing) throw new RecordNotFoundError('mailing', id);
    const saved: Mailing = { ...mailing, status, problem: '', updatedAt: clock.now().toISOString() };
    // Resumed, paused or cancelled by the manager: why it last stopped by itself no longer holds.
    delete saved.stopped;
    await mailings.saveMailing(saved);
    return saved;
  }

  /** The template filled for a recipient; its documents read only when `readDocuments`, and those that cannot be read listed apart. */
  async function filled(templateId: string, clientId: string | null, contactId: string | null, readDocuments = true) {
    const template = await mailings.getTemplate(templateId);
    if (!template) throw new RecordNotFoundError('template', templateId);
    const rendered = await previewTemplate(deps, template, clientId, contactId, locale());
    const documents: { document: TemplateAttachment; attachment: OutgoingAttachment }[] = [];
    const unreadable: TemplateAttachment[] = [];
    for (const document of readDocuments ? template.attachments : []) {
      // A document this pane cannot reach now (offline, removed from the library) is left out.
      const contentBase64 = await deps.documents.content(document.documentId).catch(() => undefined);
      if (contentBase64 === undefined) unreadable.push(document);
      else documents.push({ document, attachment: { name: document.name, contentType: document.contentType, contentBase64 } });
    }
    return { template, rendered, documents, unreadable };
  }

  /** Templates attaching a local document now attach its published library file (a synced change). */
  async function relinkTemplates(localId: string, published: MailingDocument) {
    const now = clock.now().toISOString();
    for (const template of await mailings.templates()) {
      if (!template.attachments.some((a) => a.documentId === localId)) continue;
      const attachments = template.attachments.map((a) => (a.documentId === localId ? { ...a, documentId: published.id, name: published.name } : a));
      await mailings.saveTemplate({ ...template, attachments, updatedAt: now });
    }
  }

  return {
    runner,
    /** The merge fields a template can use, for the editor's "Insert merge field". */
    fields: mergeFields,
    canSend: () => deps.sender !== null && (deps.sender.available?.() ?? true),
    compose,
    templates: () => mailings.templates(),
    getTemplate: (id: string) => mailings.getTemplate(id),
    saveTemplate: (input: TemplateInput) => saveTemplate(deps, input),
    deleteTemplate: (id: string) => mailings.deleteTemplate(id),
    preview: (template: Pick<Template, 'subject' | 'bodyHtml'>, clientId: string | null, contactId: string | null) =>
      previewTemplate(deps, template, clientId, contactId, locale()),

    /**
     * The document library: the team site's while connected (cached for offline), IndexedDB
     * otherwise. With a team store, template documents kept here before Connect are first
     * published to the library and the templates pointed at them (offline: at a later listing).
     */
    async documents(folder?: string) {
      // Not reached now (offline, signed out): the documents stay local and the next listing tries again.
      if (!folder && deps.documents.publishLocal) await deps.documents.publishLocal(relinkTemplates).catch(() => 0);
      return deps.documents.list(folder);
    },
    /** Keeps a file in the document library so templates can attach it. */
    addDocument: (file: { name: string; type: string; bytes: Uint8Array }): Promise<MailingDocument> =>
      deps.documents.upload({ name: file.name, contentType: file.type || 'application/octet-stream', bytes: file.bytes }),
    /** A document's bytes (base64), for preview and attaching; rejects with DocumentUnavailableError. */
    documentContent: (id: string) => deps.documents.content(id),
    /** Deletes the file from the library itself (for the whole team when connected), not from one template. */
    removeDocument: (id: string) => deps.documents.remove(id),
    /** How many templates attach a document: deleting it from the library leaves them without it. */
    templatesUsingDocument: async (id: string) => (await mailings.templates()).filter((t) => t.attachments.some((a) => a.documentId === id)).length,

    settings: () => mailings.settings(),
    /** Rejects with a ValidationError naming a never-mail domain or a phone that cannot be right. */
    saveSettings: async (settings: MailingSettings) => mailings.saveSettings(checkMailingSettings(settings)),

    /**
     * Fills the template for the compose item's first recipient (matched to its card) and inserts
     * it at the cursor; sets the subject when the manager has not written one; adds attachments.
     * Whether Outlook takes attachments is asked first: where it cannot (below Mailbox 1.8), or a
     * document cannot be read or is refused, the text still goes in and `notAttached` says which
     * documents the manager attaches by hand, and why.
     */
    async insertIntoCompose(templateId: string, to: EmailParticipant | null): Promise<ComposeInsert> {
      if (!compose) throw new ComposeError('unsupported', 'This mail host cannot insert into a message.');
      const canAttach = compose.canAddAttachments?.() ?? true;
      const match = to ? (await deps.store.contactsByEmails([to.email.toLowerCase()]))[0] : undefined;
      const { template, rendered, documents, unreadable } = await filled(templateId, match?.clientId ?? null, match?.id ?? null, canAttach);
      await compose.insertHtml(rendered.html);
      if (!(await compose.getSubject()).trim()) await compose.setSubject(rendered.subject);
      const notAttached = new Map<TemplateAttachment, NotAttachedReason>();
      if (!canAttach) for (const document of template.attachments) notAttached.set(document, 'unsupported');
      for (const document of unreadable) notAttached.set(document, 'unreadable');
      for (const { document, attachment } of documents) {
        // One refused file (too large for the message) must not hide that the rest went in.
        await compose.addAttachment(attachment).catch(() => notAttached.set(document, 'refused'));
      }
      return {
        rendered,
        matchedClientId: match?.clientId ?? null,
        notAttached: template.attachments.flatMap((document) => {
          const reason = notAttached.get(document);
          return reason ? [{ ...document, reason }] : [];
        }),
      };
    },

    /**
     * Opens the host's new-message form filled for a contact of a client (from a read message or a
     * card). A document that cannot be read is left off the message, and `notAttached` names it:
     * the manager could otherwise send the email without the price list it was meant to carry.
     */
    async newEmailFromTemplate(templateId: string, clientId: string, contactId: string | null, to: EmailParticipant[]): Promise<NewEmail> {
      if (!compose) throw new ComposeError('unsupported', 'This mail host cannot open a new message.');
      const { rendered, documents, unreadable } = await filled(templateId, clientId, contactId);
      const message: NewMessage = { to, subject: rendered.subject, html: rendered.html.slice(0, NEW_MESSAGE_BODY_LIMIT), attachments: documents.map((d) => d.attachment) };
      await compose.openNewMessage(message);
      return { rendered, notAttached: unreadable.map((document) => ({ ...document, reason: 'unreadable' as const })) };
    },

    /** The team's saved queries a mailing's clients can come from (none without analytics). */
    savedQueries,
    audience,

    /** Queues one message per audience member and starts sending. */
    async start(input: MailingInput): Promise<Mailing> {
      if (!deps.sender || deps.sender.available?.() === false) throw new NoMailSenderError();
      const errors = [];
      if (!input.templateId) errors.push({ field: 'templateId', key: 'errors.required' });
      if (errors.length) throw new ValidationError(errors);
      const template = await mailings.getTemplate(input.templateId);
      if (!template) throw new RecordNotFoundError('template', input.templateId);
      const { recipients, fromQuery } = await audience(input.audience, input.savedQueryId ?? '');
      if (!recipients.length) throw new ValidationError([{ field: 'audience', key: 'errors.emptyAudience' }]);
      const now = clock.now().toISOString();
      const profile = mailHost.userProfile();
      const audienceQuery: AudienceQuery | null = fromQuery && { savedQueryId: fromQuery.savedQuery.id, name: fromQuery.savedQuery.name, query: fromQuery.savedQuery.query };
      const mailing: Mailing = {
        id: ids.newId(),
        name: input.name.trim() || template.name,
        templateId: template.id,
        subject: template.subject,
        bodyHtml: template.bodyHtml,
        attachments: template.attachments,
        audience: input.audience,
        ...(audienceQuery && { audienceQuery }),
        status: 'running',
        sender: profile.email.toLowerCase(),
        senderName: profile.displayName || profile.email,
        problem: '',
        language: language(),
        createdAt: now,
        updatedAt: now,
      };
      const queue: MailingRecipient[] = recipients.map((r, seq) => ({
        id: `${mailing.id}:${r.contact.id}`,
        mailingId: mailing.id,
        seq,
        clientId: r.client.id,
        contactId: r.contact.id,
        name: r.contact.name,
        email: r.email,
        state: 'queued',
        attempts: 0,
        error: '',
        sentAt: '',
      }));
      await mailings.createMailing(mailing, queue);
      void runner.run();
      return mailing;
    },

    mailings: () => mailings.mailings(),
    async progress(id: string): Promise<MailingProgress | undefined> {
      const mailing = await mailings.getMailing(id);
      if (!mailing) return undefined;
      const queue = await mailings.recipientsOf(id);
      const count = (state: MailingRecipient['state']) => queue.filter((r) => r.state === state).length;
      const skipped: Record<SkipReason, number> = { 'opted-out': 0, 'no-consent': 0, deleted: 0 };
      let cancelled = 0;
      for (const r of queue) {
        if (r.state !== 'cancelled') continue;
        const reason = skipReasonOf(r);
        if (reason) skipped[reason] += 1;
        else cancelled += 1;
      }
      return { mailing, total: queue.length, sent: count('sent'), failed: count('failed'), queued: count('queued'), cancelled, skipped, failures: queue.filter((r) => r.state === 'failed') };
    },
    async pause(id: string) {
      await setStatus(id, 'paused');
      void runner.run();
    },
    async resume(id: string) {
      await setStatus(id, 'running');
      void runner.run();
    },
    async cancel(id: string) {
      await setStatus(id, 'cancelled');
      const queued = (await mailings.recipientsOf(id)).filter((r) => r.state === 'queued');
      await mailings.saveRecipients(queued.map((r) => ({ ...r, state: 'cancelled' as const, error: CANCELLED_BY_MANAGER })));
      void runner.run();
    },
    /** Queues the failed messages again and runs the mailing. */
    async retryFailed(id: string) {
      const failed = (await mailings.recipientsOf(id)).filter((r) => r.state === 'failed');
      await mailings.saveRecipients(failed.map(({ failure: _, ...r }) => ({ ...r, state: 'queued' as const, error: '' })));
      await setStatus(id, 'running');
      void runner.run();
    },
    /** Picks up mailings that were running when the pane was closed. */
    resumeQueued: () => runner.run(),

    /** One click on the card: the client gets no more mailings, including those already queued. */
    async optOut(clientId: string) {
      const client = await deps.store.getClient(clientId);
      if (!client) throw new RecordNotFoundError('client', clientId);
      return saveClient(deps, { ...client, mailingConsent: 'opted-out' });
    },
  };
}

export type Mailings = ReturnType<typeof createMailings>;
