import { useCallback } from 'react';
import { graphFailureOf, type GraphFailure } from '../../../../app/graphFailure';
import { useT } from '../../../i18n/useT';
import { failureStrings } from '../../../ui/failureStrings';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useStoreFailureWords } from '../../../ui/useStoreFailureWords';
import { messageLoggingStrings, type MailboxFailureScreen } from '../messageLoggingStrings';

/** The browser's or library's name for an unknown failure; a bare "Error" tells an administrator nothing. */
const nameOf = (error: unknown) => (error instanceof Error && error.name !== 'Error' ? error.name : null);

/** Microsoft 365's reason for a failure; any other failure is 'failed', with its name as the code. */
export function mailboxFailureOf(error: unknown): GraphFailure {
  return graphFailureOf(error) ?? { reason: 'failed', code: nameOf(error) };
}

/**
 * A failure of work that reads the mailbox through Microsoft 365 and writes the local store, in the
 * screen's own sentence for each reason (what happened, what to do), as the sign-in's and Connect's
 * are: the local store's failure after the screen's "could not …:", a known Microsoft 365 failure in
 * words, anything else with only its code for the administrator on a line of its own.
 */
export function useMailboxFailureWords() {
  const { t } = useT(messageLoggingStrings);
  const { t: failure } = useT(failureStrings);
  const storeWords = useStoreFailureWords();
  return useCallback(
    (screen: MailboxFailureScreen, error: unknown): FailureWords => {
      const store = storeWords(error, true);
      if (store) return { text: t(screen, { message: store.text }), code: store.code };
      const { reason, code } = mailboxFailureOf(error);
      return { text: t(`${screen}.${reason}`), code: code && failure('code', { code }) };
    },
    [t, failure, storeWords],
  );
}
