import type { Language } from '../../domain/model/ReferenceItem';

/** Ukrainian when Outlook's display language is Ukrainian (or Russian, which our Ukrainian users often run); else English. */
export function languageFor(displayLanguage: string): Language {
  return /^(uk|ru)\b/i.test(displayLanguage) ? 'uk' : 'en';
}

/** One module's strings in one language. */
type Table = Readonly<Record<string, string>>;

/** A module's strings in both languages, as useT receives them. */
type Bilingual = { readonly en: Table; readonly uk: Table };

/** The pane's translations in the language Outlook shows; fixed for the pane's life. */
export type I18n = {
  readonly language: Language;
  /** The key's text with `{{name}}` filled from `values`; a `count` picks the plural form (_one, _few, _many, _other). */
  t(strings: Bilingual, key: string, values?: Readonly<Record<string, string | number>>): string;
};

const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * The pane's translator. Each feature module brings its strings (see useT), so there are no global
 * resources and no translation library in the pane's first script: a key missing in Ukrainian
 * falls back to English, a key missing in both shows the key, and plural forms follow the
 * language's CLDR rules (Intl.PluralRules), with the i18next-style suffixes the strings use.
 */
export async function initI18n(language: Language): Promise<I18n> {
  const order: readonly Language[] = language === 'en' ? ['en'] : [language, 'en'];
  const plurals = new Map(order.map((lang) => [lang, new Intl.PluralRules(lang)]));
  const lookup = (strings: Bilingual, key: string, count: number | undefined) => {
    for (const lang of order) {
      const table = strings[lang];
      const form = count === undefined ? undefined : table[`${key}_${plurals.get(lang)?.select(count) ?? 'other'}`];
      const text = form ?? table[key];
      if (text !== undefined) return text;
    }
    return key;
  };
  return {
    language,
    t(strings, key, values) {
      const count = typeof values?.count === 'number' ? values.count : undefined;
      const text = lookup(strings, key, count);
      // React escapes what it renders, so values go in as they are.
      return values ? text.replace(placeholder, (whole, name: string) => (values[name] === undefined ? whole : String(values[name]))) : text;
    },
  };
}
