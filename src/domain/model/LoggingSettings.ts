/**
 * What may be logged and how much of it is kept: the team's policy (set by the head of sales) and
 * each team member's own choices. Both are records, so they sync like the rest of the store.
 */
import type { Record } from './Record';

/** How much of an email a history entry keeps, from least to most. */
export const storedParts = ['metadata', 'subject', 'body'] as const;
export type StoredPart = (typeof storedParts)[number];

export const TEAM_LOGGING_POLICY_ID = 'team-logging-policy';

/** The id of one team member's logging choices. */
export const userLoggingPrefsId = (member: string) => `user-logging:${member.toLowerCase()}`;

export type TeamLoggingPolicy = Record & {
  kind: 'team';
  /** The team's own domains besides the user's: mail only among them is internal and never logged. */
  internalDomains: string[];
  /** Addresses and domains whose mail is never logged, whoever else is in it. */
  neverLog: string[];
  /** The most a logged email may keep; it is also what an entry keeps unless its author keeps less. */
  storedPart: StoredPart;
  /** Largest attachment saved with a logged email, in MB (absent: DEFAULT_ATTACHMENT_CAP_MB; 0: none are saved). */
  attachmentCapMb?: number;
};

/** The attachment cap until the head of sales sets one. */
export const DEFAULT_ATTACHMENT_CAP_MB = 10;
/** Graph's upload sessions end at 250 GB, but a pane holding a file in memory should not go past this. */
export const MAX_ATTACHMENT_CAP_MB = 150;

export type UserLoggingPrefs = Record & {
  kind: 'user';
  /** The team member's address, lower case. */
  member: string;
  /** The member's own never-log addresses and domains (private correspondents). */
  neverLog: string[];
  /** Log received mail to or from known clients when it is opened, and sent mail to them, without a click. */
  autoLog: boolean;
  /** When auto-log was last turned on: sent mail from before it is never logged automatically. */
  autoLogSince?: string;
  /** Save a logged email's attachments with its history entry (in the document library). */
  saveAttachments?: boolean;
};

export type LoggingSetting = TeamLoggingPolicy | UserLoggingPrefs;
