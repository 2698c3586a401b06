import { createContext, useContext, type ReactNode } from 'react';
import type { I18n } from './i18n';

const I18nContext = createContext<I18n | null>(null);

/** The pane's translator, from initI18n. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT needs an I18nProvider around the pane');
  return i18n;
}

type I18nProviderProps = { i18n: I18n; children: ReactNode };

/** Puts the translator initI18n made within reach of every module's useT. */
export function I18nProvider({ i18n, children }: I18nProviderProps) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}
