import { useCallback } from 'react';
import { useAppFailureReason } from './useAppFailureReason';
import type { FailureWords } from './useFailureWords';
import { useStoreFailureWords } from './useStoreFailureWords';

/**
 * A screen's own "could not …: {{message}}" sentence for a failure: the local store's failure goes in
 * as words, its code for the administrator kept for a line of its own; the app's typed refusals (a
 * record gone, a role refused, an input refused) in words of their own; anything else as "something
 * went wrong", with the error's name for the administrator on a line of its own, never its English.
 */
export function useFailedLabel() {
  const storeWords = useStoreFailureWords();
  const reason = useAppFailureReason();
  return useCallback(
    (label: (message: string) => string, error: unknown): FailureWords => {
      const words = storeWords(error, true) ?? reason(error);
      return { text: label(words.text), code: words.code };
    },
    [storeWords, reason],
  );
}
