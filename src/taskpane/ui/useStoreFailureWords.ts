import { useCallback } from 'react';
import { storeFailure } from '../../app/storeFailure';
import { useT } from '../i18n/useT';
import { failureStrings } from './failureStrings';
import type { FailureWords } from './useFailureWords';

/**
 * The local store's failure in words: full storage says what to do, any other refusal gives the
 * browser's code for the administrator on a line of its own. Null for a failure that is not the store's.
 * `afterColon`: the words end a screen's own "could not …:" sentence, so they start in lower case.
 */
export function useStoreFailureWords() {
  const { t } = useT(failureStrings);
  return useCallback(
    (error: unknown, afterColon = false): FailureWords | null => {
      const store = storeFailure(error);
      if (!store) return null;
      return store.reason === 'full' ? { text: t(afterColon ? 'storageFullAfterColon' : 'storageFull'), code: null } : { text: t('storeRefused'), code: t('code', { code: store.code }) };
    },
    [t],
  );
}
