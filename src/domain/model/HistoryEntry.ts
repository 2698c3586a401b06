import type { Department } from './Department';
import type { StoredPart } from './LoggingSettings';
import type { Record } from './Record';

export type EmailParticipant = { name: string; email: string };

/** What was kept of a logged email. */
export type LoggedEmail = {
  internetMessageId: string;
  conversationId: string;
  from: EmailParticipant | null;
  to: EmailParticipant[];
  cc: EmailParticipant[];
  attachmentNames: string[];
  direction: 'received' | 'sent';
  /** Attachments saved with the entry into the document library (team site or IndexedDB). */
  savedAttachments?: SavedAttachment[];
  /** Attachments that were not saved, and why. */
  skippedAttachments?: SkippedAttachment[];
};

/** A copy of an attachment in the document library, linked from its history entry. */
export type SavedAttachment = {
  documentId: string;
  name: string;
  contentType: string;
  size: number;
  source: 'local' | 'library';
  /** Where SharePoint shows the file ('' for local copies). */
  webUrl: string;
  /** Inline images: the text that stands in the entry's text where the image was ("[image: logo.png]"). */
  marker?: string;
};

/**
 * 'over-cap': larger than the team's limit; 'unreadable': the mail host could not give its content;
 * 'offline': the team library could not be reached; 'failed': the library refused it; 'not-a-file':
 * an attached message, event or contact, or a cloud link, which has no file to keep.
 */
export type SkippedAttachment = { name: string; size: number; reason: 'over-cap' | 'unreadable' | 'offline' | 'failed' | 'not-a-file' };

export type HistoryEntry = Record & {
  clientId: string;
  contactIds: string[];
  /** Reference data code of the 'historyType' list: email, call, demo, meeting, note, survey, mailing … */
  type: string;
  department: Department;
  author: string; // member email
  authorName: string;
  /** When the contact happened (ISO instant). */
  at: string;
  subject: string;
  /** Plain text; HTML bodies are sanitised and reduced to text before they are stored. */
  text: string;
  outcome: string;
  email: LoggedEmail | null;
  /** The planned contact this entry completed, if any. */
  completesPlannedContactId: string;
  /** The deal this contact belongs to ('' or absent: none); the deal's timeline shows it. */
  dealId?: string;
  /** The service case this contact belongs to ('' or absent: none). */
  serviceCaseId?: string;
  /** A satisfaction survey's score on the NPS scale, 0..10; null or absent for other entries. */
  surveyScore?: number | null;
  /** Logged emails: how much of the message was kept (absent on entries logged before the setting existed: all of it). */
  storedPart?: StoredPart;
  /** Logged without a click by the author's auto-log; the author can undo it. */
  autoLogged?: boolean;
  /** The personal data of an erased person was removed from this entry (a data-subject request). */
  redacted?: boolean;
};
