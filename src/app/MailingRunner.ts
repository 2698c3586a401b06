/**
 * Sends the queued messages of running mailings, one at a time, paced within the mailbox's
 * limits. The queue lives in IndexedDB, so the runner holds nothing a closed pane would lose:
 * opening the pane again and calling run() picks up where it stopped.
 */
import { AuthError } from '../adapters/auth/AuthError';
import { MailSendError } from '../domain/MailSendError';
import { errorMessage } from '../domain/errorMessage';
import type { OutgoingAttachment } from '../domain/mailingPorts';
import type { HistoryEntry } from '../domain/model/HistoryEntry';
import type { DocumentFailure } from '../domain/documentPorts';
import type { Mailing, MailingStop } from '../domain/model/Mailing';
import type { MailingRecipient, RecipientFailure, SkipReason } from '../domain/model/MailingRecipient';
import type { TemplateAttachment } from '../domain/model/Template';
import { mergeValues } from '../domain/rules/mergeFields';
import { withOptOutLine } from '../domain/rules/optOutLine';
import { renderTemplate } from '../domain/rules/renderTemplate';
import { nextSendTime } from '../domain/rules/sendPacing';
import { currentAuthor } from './currentAuthor';
import { documentFailureOf } from './documentFailureOf';
import { graphFailureOf } from './graphFailure';
import { bodyToText } from './emailText';
import type { MailingDeps } from './MailingDeps';
import { mergeSubjectFor } from './mergeSubjectFor';
import { optOutText } from './optOutText';

const DAY = 24 * 60 * 60_000;

/** What the runner is doing, for the bulk screen. 'waiting' says until when and why. */
export type RunnerState =
  | { phase: 'idle' }
  | { phase: 'sending'; mailingId: string }
  | { phase: 'waiting'; mailingId: string; until: string; reason: 'pace' | 'daily-limit' | 'throttled' };

export class MissingDocumentError extends Error {
  constructor(
    readonly documentName: string,
    /** Why the library did not give it. */
    readonly failure: DocumentFailure = 'failed',
  ) {
    super(`The document "${documentName}" could not be read (${failure}).`);
    this.name = 'MissingDocumentError';
  }
}

/** What an administrator can look up for a failure: Graph's status and code, else the error's name; null for none. */
function codeOf(error: unknown): string | null {
  return graphFailureOf(error)?.code ?? (error instanceof Error && error.name !== 'Error' ? error.name : null);
}

/**
 * Why the mailbox cannot send at all, from the sender's error and its cause (Graph's reasons as every
 * screen tells them, the sign-in's): the card's words, not the library's.
 */
function stopOf(error: MailSendError): MailingStop {
  const cause = error.cause;
  // No mailbox, signed out, or the sign-in wants the user: connect and sign in.
  if (!cause || (cause instanceof AuthError && cause.reason === 'interaction-required')) return { reason: 'no-sender', code: null };
  const graph = graphFailureOf(cause);
  if (graph?.reason === 'offline' || graph?.reason === 'no-access') return { reason: graph.reason, code: null };
  return { reason: 'failed', code: codeOf(cause) };
}

export class MailingRunner {
  private running: Promise<void> | null = null;
  private wake = new AbortController();
  private current: RunnerState = { phase: 'idle' };
  private readonly listeners = new Set<(state: RunnerState) => void>();

  constructor(private readonly deps: MailingDeps) {}

  state(): RunnerState {
    return this.current;
  }

  onState(listener: (state: RunnerState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Works through every running mailing until none has queued messages. A call while it runs
   * wakes a wait (a pause, cancel or new mailing is then seen at once) and returns the same run.
   */
  run(): Promise<void> {
    if (this.running) {
      this.wake.abort();
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      this.set({ phase: 'idle' });
    });
    return this.running;
  }

  private set(state: RunnerState) {
    this.current = state;
    for (const listener of [...this.listeners]) listener(state);
  }

  private async wait(ms: number) {
    this.wake = new AbortController();
    await this.deps.scheduler.sleep(ms, this.wake.signal);
  }

  private async drain(): Promise<void> {
    const { mailings, clock } = this.deps;
    for (;;) {
      const mailing = (await mailings.mailings()).filter((m) => m.status === 'running').sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
      if (!mailing) return;
      const next = await mailings.nextQueued(mailing.id);
      if (!next) {
        await mailings.saveMailing({ ...mailing, status: 'done', updatedAt: clock.now().toISOString() });
        continue;
      }
      const now = clock.now().getTime();
      const sent = (await mailings.sentSince(new Date(now - DAY).toISOString())).map((at) => Date.parse(at));
      const at = nextSendTime(sent, now);
      if (at > now) {
        const reason = at - now > 60_000 ? 'daily-limit' : 'pace';
        this.set({ phase: 'waiting', mailingId: mailing.id, until: new Date(at).toISOString(), reason });
        await this.wait(at - now);
        continue;
      }
      this.set({ phase: 'sending', mailingId: mailing.id });
      await this.sendOne(mailing, next);
    }
  }

  private async sendOne(mailing: Mailing, recipient: MailingRecipient): Promise<void> {
    const { store, mailings, sender, clock, ids } = this.deps;
    const client = await store.getClient(recipient.clientId);
    // Consent is read again at send time: an opt-out recorded after the mailing started is honoured.
    if (!client || client.mailingConsent !== 'granted') {
      // A client gone meanwhile (a colleague's deletion, synced in) is told apart from consent withdrawn.
      const error: SkipReason = !client ? 'deleted' : client.mailingConsent === 'opted-out' ? 'opted-out' : 'no-consent';
      await mailings.saveRecipients([{ ...recipient, state: 'cancelled', error }]);
      return;
    }
    if (!sender) {
      await this.stop(mailing, 'no-sender', { reason: 'no-sender', code: null });
      return;
    }
    const locale = mailing.language === 'uk' ? 'uk-UA' : 'en-GB';
    const rendered = renderTemplate(mailing, mergeValues(await mergeSubjectFor(this.deps, recipient.clientId, recipient.contactId, locale)));
    const html = withOptOutLine(rendered.html, optOutText[mailing.language]);
    const internetMessageId = `<clientbook.${mailing.id}.${recipient.seq}@${mailing.sender.split('@')[1] ?? 'clientbook.local'}>`;
    let attachments: OutgoingAttachment[];
    try {
      attachments = await this.attachmentsOf(mailing.attachments);
    } catch (error) {
      await this.fail(recipient, error);
      return;
    }
    try {
      await sender.send({ to: [{ name: recipient.name, email: recipient.email }], subject: rendered.subject, html, attachments, internetMessageId });
    } catch (error) {
      if (error instanceof MailSendError && error.failure === 'throttled') {
        const until = clock.now().getTime() + Math.max(error.retryAfterMs, 1000);
        this.set({ phase: 'waiting', mailingId: mailing.id, until: new Date(until).toISOString(), reason: 'throttled' });
        await this.wait(until - clock.now().getTime());
        return;
      }
      if (error instanceof MailSendError && error.failure === 'unavailable') {
        await this.stop(mailing, error.message, stopOf(error));
        return;
      }
      await this.fail(recipient, error);
      return;
    }
    const now = clock.now().toISOString();
    const me = await currentAuthor(this.deps);
    const entry: HistoryEntry = {
      id: ids.forMessage(internetMessageId),
      clientId: recipient.clientId,
      contactIds: [recipient.contactId],
      type: 'mailing',
      department: me.department,
      author: mailing.sender,
      authorName: mailing.senderName,
      at: now,
      subject: rendered.subject,
      text: bodyToText({ kind: 'html', content: rendered.html }),
      outcome: '',
      email: {
        internetMessageId,
        conversationId: '',
        from: { name: mailing.senderName, email: mailing.sender },
        to: [{ name: recipient.name, email: recipient.email }],
        cc: [],
        attachmentNames: attachments.map((a) => a.name),
        direction: 'sent',
      },
      completesPlannedContactId: '',
      createdAt: now,
      updatedAt: now,
    };
    await store.addHistoryEntryOnce(entry);
    await mailings.saveRecipients([{ ...recipient, state: 'sent', attempts: recipient.attempts + 1, error: '', sentAt: now }]);
  }

  private async attachmentsOf(list: TemplateAttachment[]): Promise<OutgoingAttachment[]> {
    const out: OutgoingAttachment[] = [];
    for (const a of list) {
      let content: string;
      try {
        content = await this.deps.documents.content(a.documentId);
      } catch (error) {
        throw new MissingDocumentError(a.name, documentFailureOf(error) ?? 'failed');
      }
      out.push({ name: a.name, contentType: a.contentType, contentBase64: content });
    }
    return out;
  }

  private async fail(recipient: MailingRecipient, error: unknown) {
    const message = errorMessage(error);
    const failure: RecipientFailure =
      error instanceof MissingDocumentError
        ? { reason: 'document', document: error.documentName, failure: error.failure }
        : { reason: error instanceof MailSendError && error.failure === 'rejected' ? 'rejected' : 'failed', code: codeOf(error instanceof MailSendError ? error.cause ?? error : error) };
    await this.deps.mailings.saveRecipients([{ ...recipient, state: 'failed', attempts: recipient.attempts + 1, error: message, failure }]);
  }

  /** The mailbox cannot send at all: pause the mailing and say why, rather than fail every message. */
  private async stop(mailing: Mailing, problem: string, stopped: MailingStop) {
    const latest = (await this.deps.mailings.getMailing(mailing.id)) ?? mailing;
    await this.deps.mailings.saveMailing({ ...latest, status: 'paused', problem, stopped, updatedAt: this.deps.clock.now().toISOString() });
  }
}
