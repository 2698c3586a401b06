import type { Record } from './Record';

/** Money actually received against a planned receipt. */
export type Payment = Record & {
  invoiceId: string;
  /** Copied from the invoice so a deal's and a client's receivables read one index. */
  dealId: string;
  clientId: string;
  /** Minor units of `currency` (the invoice's currency). */
  amountMinor: number;
  currency: string;
  /** ISO date (yyyy-mm-dd) the money arrived. */
  date: string;
  note: string;
};
