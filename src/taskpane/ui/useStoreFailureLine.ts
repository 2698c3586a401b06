import { useCallback } from 'react';
import { useT } from '../i18n/useT';
import { deletedRecordStrings } from './deletedRecordStrings';
import type { FailureWords } from './useFailureWords';
import { useStoreFailureWords } from './useStoreFailureWords';

/**
 * A form's save refused by the local store, as the form footer says it: why and that the typing is
 * kept, and the code for the administrator for a line of its own. Null for a failure that is not the store's.
 */
export function useStoreFailureLine() {
  const storeWords = useStoreFailureWords();
  const notSaved = useT(deletedRecordStrings).t('notSaved');
  return useCallback(
    (error: unknown): FailureWords | null => {
      const store = storeWords(error);
      return store && { text: `${store.text} ${notSaved}`, code: store.code };
    },
    [storeWords, notSaved],
  );
}
