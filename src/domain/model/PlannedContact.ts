import type { Record } from './Record';

export type PlannedContact = Record & {
  clientId: string;
  /** ISO date (yyyy-mm-dd) the contact is due. */
  due: string;
  /** Reference data code of the 'historyType' list: how to contact (call, meeting …). */
  kind: string;
  note: string;
  owner: string; // member email
  status: 'open' | 'done';
  doneAt: string;
  doneByEntryId: string;
};
