import rosetta, { type Rosetta } from 'rosetta';
import type { Language } from '../../domain/model/ReferenceItem';
import { loadLazyUk } from './lazyUk';
import { localeFor } from './localeFor';

/** Ukrainian when Outlook's display language is Ukrainian (or Russian, which our Ukrainian users often run); else English. */
export function languageFor(displayLanguage: string): Language {
  return /^(uk|ru)\b/i.test(displayLanguage) ? 'uk' : 'en';
}

/** The pane's translator for Outlook's display language: its language and, in English, its region's formats. */
export function initI18nFor(displayLanguage: string): Promise<I18n> {
  const language = languageFor(displayLanguage);
  return initI18n(language, localeFor(language, displayLanguage));
}

/** One module's strings in one language. */
type Table = Readonly<Record<string, string>>;

/** A module's strings in both languages, as useT receives them. */
type Bilingual = { readonly en: Table; readonly uk: Table };

/** The pane's translations in the language Outlook shows; fixed for the pane's life. */
export type I18n = {
  readonly language: Language;
  /** The locale Intl writes dates, numbers and money in (see localeFor). */
  readonly locale: string;
  /** The key's text with `{{name}}` filled from `values`; a `count` picks the plural form (_one, _few, _many, _other). */
  t(strings: Bilingual, key: string, values?: Readonly<Record<string, string | number>>): string;
};

/**
 * The pane's translator: rosetta (lukeed/rosetta, under 300 bytes) looks a key up in one module's
 * strings and fills `{{name}}` in. We chose it over i18next, which the pane used before, because
 * i18next and react-i18next were 17.6 KB gzip of the first script against a 180 KB budget, and
 * each feature module brings its own strings (see useT), so none of i18next's resource loading,
 * namespaces or backends was used. What rosetta lacks is small and lives here: a key missing in
 * Ukrainian falls back to English, a key missing in both shows the key, and plural forms follow
 * the language's CLDR rules (Intl.PluralRules), with the i18next-style suffixes the strings use.
 */
export async function initI18n(language: Language, locale = localeFor(language)): Promise<I18n> {
  const order: readonly Language[] = language === 'en' ? ['en'] : [language, 'en'];
  // The first screen's Ukrainian tables load only for a Ukrainian pane (see lazyUk).
  if (language === 'uk') await loadLazyUk();
  const plurals = new Map(order.map((lang) => [lang, new Intl.PluralRules(lang)]));
  // One rosetta per module's strings object, made the first time the module asks.
  const translators = new WeakMap<Bilingual, Rosetta<Table>>();
  const translatorFor = (strings: Bilingual) => {
    let found = translators.get(strings);
    if (!found) {
      found = rosetta<Table>({ en: strings.en, uk: strings.uk });
      translators.set(strings, found);
    }
    return found;
  };
  // Keys such as 'fromQuery.clients' are flat: an array key stops rosetta reading the dot as a path.
  const lookup = (strings: Bilingual, key: string, count: number | undefined): [string, Language] | undefined => {
    for (const lang of order) {
      const table = strings[lang];
      const form = count === undefined ? undefined : `${key}_${plurals.get(lang)?.select(count) ?? 'other'}`;
      if (form !== undefined && table[form] !== undefined) return [form, lang];
      if (table[key] !== undefined) return [key, lang];
    }
    return undefined;
  };
  return {
    language,
    locale,
    t(strings, key, values) {
      const count = typeof values?.count === 'number' ? values.count : undefined;
      const found = lookup(strings, key, count);
      // React escapes what it renders, so values go in as they are.
      return found ? translatorFor(strings).t([found[0]], values, found[1]) : key;
    },
  };
}
