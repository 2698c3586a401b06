import type { Record } from './Record';

export const serviceCaseStatuses = ['open', 'in-progress', 'resolved', 'closed'] as const;
export type ServiceCaseStatus = (typeof serviceCaseStatuses)[number];

/** A case resolved or closed: it carries the day it was resolved on. */
export const isResolvedStatus = (status: ServiceCaseStatus) => status === 'resolved' || status === 'closed';

/** An after-sales problem raised by a client ("Звернення"). */
export type ServiceCase = Record & {
  clientId: string;
  title: string;
  description: string;
  /** Reference data code of the 'caseSeverity' list. */
  severity: string;
  /** Member email. */
  owner: string;
  status: ServiceCaseStatus;
  /** ISO dates (yyyy-mm-dd). `resolvedOn` is '' until the case is resolved. */
  openedOn: string;
  resolvedOn: string;
};
