import type { Strings } from '../i18n/useT';

/** The owner field's own words: the name of its button that opens the list of people. */
export const ownerFieldStrings = {
  ns: 'ownerField',
  en: { openList: 'Open the list of people' },
  uk: { openList: 'Відкрити список людей' },
} satisfies Strings<'openList'>;
