import type { Record } from './Record';

/** A planned receipt ("Planned receipt" in the UI): money expected after a contract or an invoice. */
export type Invoice = Record & {
  /** The invoice or contract number as the client sees it. */
  number: string;
  dealId: string;
  clientId: string;
  /** Minor units of `currency` (always the deal's currency). */
  amountMinor: number;
  currency: string;
  /** ISO dates (yyyy-mm-dd); the due date is the last day to pay, overdue from the next day. */
  issueDate: string;
  dueDate: string;
  note: string;
};
