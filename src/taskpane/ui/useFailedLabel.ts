import { useCallback } from 'react';
import { errorMessage } from '../../domain/errorMessage';
import type { FailureWords } from './useFailureWords';
import { useStoreFailureWords } from './useStoreFailureWords';

/**
 * A screen's own "could not …: {{message}}" sentence for a failure: the local store's failure goes in
 * as words, its code for the administrator kept for a line of its own; any other failure, whose
 * message is the app's, as its message.
 */
export function useFailedLabel() {
  const storeWords = useStoreFailureWords();
  return useCallback(
    (label: (message: string) => string, error: unknown): FailureWords => {
      const store = storeWords(error, true);
      return store ? { text: label(store.text), code: store.code } : { text: label(errorMessage(error)), code: null };
    },
    [storeWords],
  );
}
