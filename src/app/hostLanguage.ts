import type { Language } from '../domain/model/ReferenceItem';

/** The pane's language for Outlook's display language: Ukrainian for uk-*, English otherwise. */
export function hostLanguage(displayLanguage: string): Language {
  return displayLanguage.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}
