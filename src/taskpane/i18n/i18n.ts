import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../domain/model/ReferenceItem';

/** Ukrainian when Outlook's display language is Ukrainian (or Russian, which our Ukrainian users often run); else English. */
export function languageFor(displayLanguage: string): Language {
  return /^(uk|ru)\b/i.test(displayLanguage) ? 'uk' : 'en';
}

/** i18next with no global resources: each feature module brings its own namespace (see useT). */
export async function initI18n(language: Language) {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'uk'],
    resources: {},
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}
