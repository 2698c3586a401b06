import type { Record } from './Record';

export const referenceLists = [
  'region',
  'industry',
  'leadSource',
  'trigger',
  'historyType',
  'dealStage',
  'refusalReason',
  'salesChannel',
  'campaignChannel',
  'caseSeverity',
  'productCategory',
] as const;
export type ReferenceList = (typeof referenceLists)[number];

export type Language = 'en' | 'uk';

/** One value of an editable picklist. Records keep the code, so renaming a label keeps them intact. */
export type ReferenceItem = Record & {
  list: ReferenceList;
  code: string;
  labels: { [L in Language]: string };
  order: number;
  archived: boolean;
  /** 'dealStage' only: the probability (0..100) a deal gets when it enters the stage. */
  probability?: number;
};
