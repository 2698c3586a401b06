import type { Record } from './Record';

export const clientStatuses = ['lead', 'prospect', 'customer', 'inactive'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export const mailingConsents = ['unknown', 'granted', 'opted-out'] as const;
export type MailingConsent = (typeof mailingConsents)[number];

export type Address = {
  street: string;
  city: string;
  postalCode: string;
  country: string;
};

/** A value the manager judged on a given day: it is shown with its date. */
export type Dated<T> = { value: T; on: string /* ISO date */ };

export type Client = Record & {
  name: string;
  status: ClientStatus;
  address: Address;
  phone: string;
  website: string;
  /** Reference data codes (see ReferenceItem). Empty string: not set. */
  region: string;
  industry: string;
  leadSource: string;
  trigger: string;
  impression: Dated<string> | null;
  /** Estimated probability that the client buys, 0..100. */
  purchaseProbability: Dated<number> | null;
  /** Lower-case email domains that identify the client, e.g. "contoso.com". */
  domains: string[];
  /** Member email of the responsible manager. */
  owner: string;
  mailingConsent: MailingConsent;
  notes: string;
  /** The campaign the client came from ('' or absent: none). */
  campaignId?: string;
};
