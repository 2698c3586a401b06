import { useCallback } from 'react';
import { useT } from '../i18n/useT';
import { deletedRecordStrings } from './deletedRecordStrings';
import { useStoreFailureWords } from './useStoreFailureWords';

/**
 * A form's save refused by the local store, as the form footer's one line: why, that the typing is
 * kept, then the code for the administrator. Null for a failure that is not the store's.
 */
export function useStoreFailureLine() {
  const storeWords = useStoreFailureWords();
  const notSaved = useT(deletedRecordStrings).t('notSaved');
  return useCallback(
    (error: unknown): string | null => {
      const store = storeWords(error);
      return store && [store.text, notSaved, store.code].filter(Boolean).join(' ');
    },
    [storeWords, notSaved],
  );
}
