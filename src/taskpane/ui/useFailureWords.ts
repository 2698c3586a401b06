import { useCallback } from 'react';
import { useT } from '../i18n/useT';
import { failureStrings } from './failureStrings';
import { useStoreFailureWords } from './useStoreFailureWords';

/** A failure as a screen says it: what did not happen and why, and on a line of its own what only an administrator needs. */
export type FailureWords = { text: string; code: string | null };

/** The browser's or library's name for an unknown failure; a bare "Error" tells an administrator nothing. */
const nameOf = (error: unknown) => (error instanceof Error && error.name !== 'Error' ? error.name : null);

/**
 * Words a failure the screen has no words of its own for, after the screen's sentence of what did not
 * happen: the local store's failure says why, any other gives only a code, never the library's
 * English sentence (Dexie's doubles the browser's).
 */
export function useFailureWords() {
  const { t } = useT(failureStrings);
  const storeWords = useStoreFailureWords();
  return useCallback(
    (said: string, error: unknown): FailureWords => {
      const store = storeWords(error);
      if (store) return { text: `${said} ${store.text}`, code: store.code };
      const name = nameOf(error);
      return { text: said, code: name && t('code', { code: name }) };
    },
    [t, storeWords],
  );
}
