import type { Record } from './Record';

/**
 * A record of an action on personal data. It names who acted and what was changed, by counts, and
 * never the person concerned: an erasure log that kept the erased address would undo the erasure.
 */
export type AuditEntry = Record & {
  action: 'erase-person';
  /** The team member who acted (address). */
  by: string;
  at: string;
  /** The request's own reference (e.g. a ticket number), as the user typed it; may be ''. */
  reference: string;
  contactsErased: number;
  historyRedacted: number;
  clientsErased: number;
  /** Mentions of the person replaced in free text (names, addresses, phone numbers); absent in entries made before it was counted. */
  mentionsErased?: { names: number; emails: number; phones: number };
  /** Records other than the person's own whose text was rewritten (notes, plans, deals, cases, money). */
  recordsRewritten?: number;
};
