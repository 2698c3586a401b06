import { useCallback } from 'react';
import { storeFailure } from '../../app/storeFailure';
import { useT } from '../i18n/useT';
import { failureStrings } from './failureStrings';

/** A failure as a screen says it: what did not happen and why, and on a line of its own what only an administrator needs. */
export type FailureWords = { text: string; code: string | null };

/** The browser's or library's name for an unknown failure; a bare "Error" tells an administrator nothing. */
const nameOf = (error: unknown) => (error instanceof Error && error.name !== 'Error' ? error.name : null);

/**
 * Words a failure the screen has no words of its own for, after the screen's sentence of what did not
 * happen: the local store's full storage says what to do, any other failure gives only a code, never
 * the library's English sentence (Dexie's doubles the browser's).
 */
export function useFailureWords() {
  const { t } = useT(failureStrings);
  return useCallback(
    (said: string, error: unknown): FailureWords => {
      const store = storeFailure(error);
      if (store?.reason === 'full') return { text: `${said} ${t('storageFull')}`, code: null };
      const code = store ? store.code : nameOf(error);
      return { text: store ? `${said} ${t('storeRefused')}` : said, code: code && t('code', { code }) };
    },
    [t],
  );
}
