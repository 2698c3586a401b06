import { useI18n } from './I18nProvider';

/** A module's strings: English is the source; Ukrainian must have the same keys (the type checks it). */
export type Strings<K extends string> = { ns: string; en: Record<K, string>; uk: Record<K, string> };

/** 'count_one' | 'count_other' … -> 'count': the key a plural is asked for, with `{ count }`. */
export type PluralBase<K extends string> = K extends `${infer B}_one` ? B : never;

/**
 * Translation for one feature module, which brings its own strings, so modules stay independent:
 * `const { t, lang } = useT(clientCardStrings); t('save')`.
 * Plurals use i18next-style suffixes, as before i18next left the pane (_one, _few, _many, _other; Ukrainian needs all four).
 */
export function useT<K extends string>(strings: Strings<K>) {
  const i18n = useI18n();
  const lang = i18n.language === 'uk' ? 'uk' : 'en';
  return {
    t: (key: K | PluralBase<K>, values?: Record<string, string | number>) => i18n.t(strings, key, values),
    lang: lang as 'en' | 'uk',
    /** Locale for Intl: dates, numbers, money. */
    locale: i18n.locale,
  };
}
