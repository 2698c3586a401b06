import type { Language } from '../../domain/model/ReferenceItem';

/** The locale Intl formats dates, numbers and money in for the pane's language. */
export function localeFor(language: Language): string {
  return language === 'uk' ? 'uk-UA' : 'en-GB';
}
