/**
 * The ports mailings work through: the local store of templates and mailing queues, the mail
 * sender (Graph sendMail, or the demo mailbox), and time to wait on. Documents: documentPorts.ts.
 */
import type { AnalyticsData } from './analytics/AnalyticsData';
import type { QueryRecordKind } from './analytics/query/Query';
import type { Client } from './model/Client';
import type { Contact } from './model/Contact';
import type { EmailParticipant } from './model/HistoryEntry';
import type { Mailing } from './model/Mailing';
import type { MailingRecipient } from './model/MailingRecipient';
import type { Template } from './model/Template';

export type OutgoingAttachment = { name: string; contentType: string; contentBase64: string };

/** A finished message: who it goes to, its subject, HTML body and attachments. */
export type OutgoingMessage = {
  to: EmailParticipant[];
  subject: string;
  html: string;
  attachments: OutgoingAttachment[];
  /** RFC 2822 Message-ID the message is sent with, so logging it again finds the same history entry. */
  internetMessageId: string;
};

/** Sends a message from the signed-in manager's mailbox. Rejects with MailSendError. */
export interface MailSender {
  send(message: OutgoingMessage): Promise<void>;
  /** False while this sender cannot send at all (e.g. not connected); absent: always available. */
  available?(): boolean;
}

/** Time that can be waited on; tests give a fake one that jumps ahead. */
export interface Scheduler {
  /** Resolves after `ms`, or at once when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Mailing settings of this team: domains never mailed (competitors, own group, government …). */
export type MailingSettings = { neverMailDomains: string[]; signature: string; phone: string };

export interface MailingStore {
  templates(): Promise<Template[]>;
  getTemplate(id: string): Promise<Template | undefined>;
  /** Saves the template and its outbox entry in one transaction (templates are shared). */
  saveTemplate(template: Template): Promise<void>;
  deleteTemplate(id: string): Promise<void>;

  mailings(): Promise<Mailing[]>;
  getMailing(id: string): Promise<Mailing | undefined>;
  saveMailing(mailing: Mailing): Promise<void>;
  /** Saves a new mailing and its whole queue atomically. */
  createMailing(mailing: Mailing, recipients: MailingRecipient[]): Promise<void>;
  recipientsOf(mailingId: string): Promise<MailingRecipient[]>;
  saveRecipients(recipients: MailingRecipient[]): Promise<void>;
  /** The next queued recipient of the mailing, by queue order. */
  nextQueued(mailingId: string): Promise<MailingRecipient | undefined>;
  /** Instants (ISO) of every message sent since `sinceIso`, across mailings: the mailbox's pace. */
  sentSince(sinceIso: string): Promise<string[]>;

  /** Every client and contact, to choose a mailing's audience from. */
  audienceRecords(): Promise<{ clients: Client[]; contacts: Contact[] }>;
  /**
   * What a saved query of this kind reads, for a mailing's audience: its own records and the
   * clients (and deals, which give a payment its owner); the rest is left empty. Reading only these
   * keeps the bulk screen's live count from re-reading History with every message sent.
   */
  queryRecords(kind: QueryRecordKind): Promise<AnalyticsData>;

  settings(): Promise<MailingSettings>;
  saveSettings(settings: MailingSettings): Promise<void>;
}
