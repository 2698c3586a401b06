import type { Language } from '../../domain/model/ReferenceItem';

/**
 * The locale Intl formats dates, numbers and money in. In English, Outlook's own region: a US
 * user reads and types 11/28/2026 and starts the week on Sunday, where en-GB, en-AU or en-IE write
 * 28/11/2026. British English when Outlook names no English region; uk-UA for Ukrainian.
 */
export function localeFor(language: Language, displayLanguage = ''): string {
  if (language === 'uk') return 'uk-UA';
  const region = /^en-[a-z]{2}$/i.test(displayLanguage) ? Intl.DateTimeFormat.supportedLocalesOf(displayLanguage)[0] : undefined;
  return region ?? 'en-GB';
}
