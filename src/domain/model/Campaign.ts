import type { Record } from './Record';

/** A marketing campaign ("Маркетингова акція") that clients and deals can be tied to. */
export type Campaign = Record & {
  name: string;
  /** Reference data code of the 'campaignChannel' list. */
  channel: string;
  /** ISO dates (yyyy-mm-dd); the end date may be '' while the campaign runs. */
  startDate: string;
  endDate: string;
  /** Minor units of `currency`. */
  costMinor: number;
  currency: string;
  /** The target segment: region and industry codes; empty means any. */
  targetRegions: string[];
  targetIndustries: string[];
  notes: string;
  archived: boolean;
};
