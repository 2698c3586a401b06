/**
 * The interfaces the rest of the app implements: the mail host (Outlook or the demo mailbox),
 * the local store, the clock and the id source. Domain code depends on these only.
 */
import type { Client } from './model/Client';
import type { Contact } from './model/Contact';
import type { EmailParticipant, HistoryEntry } from './model/HistoryEntry';
import type { Language, ReferenceItem } from './model/ReferenceItem';
import type { Member } from './model/Member';
import type { PlannedContact } from './model/PlannedContact';

export type Attachment = {
  name: string;
  size: number;
  contentType: string;
  isInline: boolean;
  /** The host's id of the attachment, to read its content (absent where the host gives none). */
  id?: string;
  /** MIME Content-ID without angle brackets, where the host knows it: what "cid:" links in the body name. */
  contentId?: string;
  /**
   * 'item': an attached message, event or contact; 'reference': a link to a file in the cloud.
   * Neither is a file to save. Absent where the host tells only files apart (a file, then).
   */
  kind?: 'file' | 'item' | 'reference';
};

/** An email open in read mode. Everything but the body is available synchronously in Outlook. */
export type ReadItem = {
  mode: 'read';
  /** Host-specific item id (EWS id in Outlook); changes when a message moves. */
  itemId: string;
  internetMessageId: string;
  conversationId: string;
  subject: string;
  from: EmailParticipant | null;
  sender: EmailParticipant | null;
  to: EmailParticipant[];
  cc: EmailParticipant[];
  /** ISO instant the message was created / received. */
  date: string;
  attachments: Attachment[];
};

/** A message being written. Fields are read on demand because Outlook reads them asynchronously. */
export type ComposeItem = {
  mode: 'compose';
  itemId: string;
  getRecipients(): Promise<{ to: EmailParticipant[]; cc: EmailParticipant[] }>;
  getSubject(): Promise<string>;
};

export type MailItem = ReadItem | ComposeItem;

export type MailBody = { kind: 'html' | 'text'; content: string };

export type UserProfile = { email: string; displayName: string };

export type HostKind = 'outlook' | 'demo';

export interface MailHost {
  readonly kind: HostKind;
  userProfile(): UserProfile;
  /** Outlook's display language, e.g. "uk-UA" or "en-US". */
  displayLanguage(): string;
  /** 'dark' when Outlook shows a dark theme. */
  theme(): 'light' | 'dark';
  /**
   * Calls the listener with the new theme when the user changes it while the pane is open; resolves
   * to an unsubscribe function (one that does nothing where the host has no such event), rejects when
   * the host refuses the subscription. Absent where the host cannot tell.
   */
  onThemeChanged?(listener: (theme: 'light' | 'dark') => void): Promise<() => void>;
  /** The item open now, or null (a pinned pane with nothing selected). */
  currentItem(): MailItem | null;
  /** Called with the new item whenever the selection changes; returns an unsubscribe function. */
  onItemChanged(listener: (item: MailItem | null) => void): () => void;
  getBody(item: ReadItem): Promise<MailBody>;
  /** Puts the "Clientbook" category on the item, creating the category if it is missing. */
  markLogged(item: ReadItem): Promise<void>;
  /** Whether the item already carries the "Clientbook" category. */
  isMarkedLogged(item: ReadItem): Promise<boolean>;
  /** Takes the "Clientbook" mark off the open item (undo of an automatic log); absent where the host reaches items only another way. */
  unmarkLogged?(item: ReadItem): Promise<void>;
  /**
   * An attachment's bytes as base64 (Outlook: Mailbox 1.8). Absent where the host cannot read
   * attachments; rejects when this one cannot be read (a cloud link, a message no longer open).
   */
  getAttachmentContent?(item: ReadItem, attachment: Attachment): Promise<string>;
  /** A short informational message shown on the item (Outlook's notification bar). */
  notify(item: ReadItem, message: string): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export interface IdSource {
  /** A new time-ordered unique id (UUID v7). */
  newId(): string;
  /** The same id for the same message on every machine (derived from its internetMessageId). */
  forMessage(internetMessageId: string): string;
}

/** Something a view can subscribe to; re-emits when the data it read changes. */
export interface Live<T> {
  subscribe(next: (value: T) => void, error: (e: unknown) => void): () => void;
}

export type ClientSearchHit = { client: Client; contacts: Contact[] };

/**
 * The first clients a search found, and how many it found: counted up to the number asked for, and
 * `totalCapped` where more match than that ("more than 100"), so a broad search stays as fast.
 */
export type ClientSearch = { hits: ClientSearchHit[]; total: number; totalCapped: boolean };

/**
 * Where an edit's save started: `read`, the record as the form opened it, and `basis`, the stored
 * record the use case applied the form's changes onto. The store writes the fields that differ
 * from `basis` onto the record as it stands in the write's own transaction, so a colleague's edit
 * pulled meanwhile stays; where a colleague changed a field since `read` that the save changes too,
 * the save wins and their value goes to the conflict log, as a 412 merge's losing value does. A
 * record no longer stored then (a colleague deleted it) is not written: the save rejects with
 * RecordGoneError.
 */
export type RecordEdit<T> = { read: T; basis: T };

/**
 * The local store. Every write lands in IndexedDB and in the outbox in one transaction.
 * Reads are always local.
 */
export interface CrmStore {
  live<T>(query: () => Promise<T>): Live<T>;

  getClient(id: string): Promise<Client | undefined>;
  saveClient(client: Client, edit?: RecordEdit<Client>): Promise<void>;
  /** Saves a new client with its contacts, atomically. */
  createClient(client: Client, contacts: Contact[]): Promise<void>;
  searchClients(text: string, limit: number): Promise<ClientSearchHit[]>;
  /** As searchClients, the first `limit` clients, and how many match, counted up to `countUpTo`. */
  findClients(text: string, limit: number, countUpTo: number): Promise<ClientSearch>;
  countClients(): Promise<number>;
  /** Whether any client exists: reads one key, where count() would read the whole table. */
  hasClients(): Promise<boolean>;

  contactsOf(clientId: string): Promise<Contact[]>;
  saveContact(contact: Contact, edit?: RecordEdit<Contact>): Promise<void>;
  deleteContact(id: string): Promise<void>;
  contactsByEmails(emails: readonly string[]): Promise<Contact[]>;
  clientsByDomains(domains: readonly string[]): Promise<Client[]>;
  clientsByIds(ids: readonly string[]): Promise<Client[]>;
  /**
   * Removes a client with every record that is only its: contact persons, history, planned
   * contacts, service cases, deals and their planned receipts; each deletion queued for sync, and
   * its queued mailing messages cancelled, in one transaction. Payments are not touched: the
   * caller refuses a client that has any.
   */
  deleteClient(id: string): Promise<void>;

  historyOf(clientId: string): Promise<HistoryEntry[]>;
  getHistoryEntry(id: string): Promise<HistoryEntry | undefined>;
  /** Adds the entry unless one with its id exists; returns false when it already did. */
  addHistoryEntryOnce(entry: HistoryEntry): Promise<boolean>;
  /** Saves the entry and, when it completes a planned contact, closes that plan in the same transaction. */
  recordHistory(entry: HistoryEntry, completes: PlannedContact | null): Promise<void>;

  plannedContactsOf(clientId: string): Promise<PlannedContact[]>;
  /** Open planned contacts due on or before the given ISO date, oldest first. */
  openPlannedContactsDueBy(isoDate: string): Promise<PlannedContact[]>;
  savePlannedContact(plan: PlannedContact): Promise<void>;
  deletePlannedContact(id: string): Promise<void>;

  referenceItems(): Promise<ReferenceItem[]>;
  saveReferenceItem(item: ReferenceItem): Promise<void>;
  /** Adds the given defaults where their list is still empty (first run). */
  seedReferenceItems(defaults: ReferenceItem[]): Promise<void>;

  members(): Promise<Member[]>;

  pendingOutboxCount(): Promise<number>;
}

export type { Language };
