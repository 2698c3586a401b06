import type { Query } from '../analytics/query/Query';
import type { Record } from './Record';

/** A query kept under a name and shared with the team (it syncs like any record). */
export type SavedQuery = Record & {
  name: string;
  query: Query;
  /** Member email of whoever saved it. */
  author: string;
};
