import type { Record } from './Record';

export const referenceLists = ['region', 'industry', 'leadSource', 'trigger', 'historyType'] as const;
export type ReferenceList = (typeof referenceLists)[number];

export type Language = 'en' | 'uk';

/** One value of an editable picklist. Records keep the code, so renaming a label keeps them intact. */
export type ReferenceItem = Record & {
  list: ReferenceList;
  code: string;
  labels: { [L in Language]: string };
  order: number;
  archived: boolean;
};
