import { useCallback } from 'react';
import { AnalyticsWorkerFailedError } from '../../../../app/AnalyticsWorkerFailedError';
import { useT } from '../../../i18n/useT';
import { useFailureWords, type FailureWords } from '../../../ui/useFailureWords';
import { useStoreFailureWords } from '../../../ui/useStoreFailureWords';
import { analyticsFailureStrings } from '../analyticsFailureStrings';

/**
 * An analytics failure as the screen says it: what did not come (`said`), why, and what to do
 * (`tryAgain`; `afterStop` where a stopped worker needs another way, as the session it answered is
 * gone), with the code for the administrator on a line of its own where the failure is one
 * Clientbook has no words for. The worker's failures arrive classed (connectAnalyticsWorker): its
 * English never reaches the screen.
 */
export function useAnalyticsFailure() {
  const { t } = useT(analyticsFailureStrings);
  const words = useFailureWords();
  const storeWords = useStoreFailureWords();
  return useCallback(
    (said: string, error: unknown, tryAgain: string, afterStop = tryAgain): FailureWords => {
      if (error instanceof AnalyticsWorkerFailedError) return { text: `${said} ${t('workerStopped')} ${afterStop}`, code: null };
      const store = storeWords(error);
      // The store's refusal ends on "if it happens again, tell your administrator": the way to try comes before it.
      if (store?.code) return { text: `${said} ${tryAgain} ${store.text}`, code: store.code };
      const { text, code } = words(said, error);
      return { text: `${text} ${tryAgain}`, code };
    },
    [t, words, storeWords],
  );
}
