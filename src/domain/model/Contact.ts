import type { Record } from './Record';

export type Contact = Record & {
  clientId: string;
  name: string;
  position: string;
  /** Lower-case, validated addresses. */
  emails: string[];
  phones: string[];
};
