import { useCallback } from 'react';
import { composeFailureOf } from '../../../../app/composeFailureOf';
import { documentFailureOf } from '../../../../app/documentFailureOf';
import { RecordNotFoundError } from '../../../../app/RecordNotFoundError';
import { DocumentUnavailableError } from '../../../../domain/documentPorts';
import { useT } from '../../../i18n/useT';
import { failureStrings } from '../../../ui/failureStrings';
import { useFailureWords, type FailureWords } from '../../../ui/useFailureWords';
import { mailingFailureStrings } from '../mailingFailureStrings';

/**
 * A template's, a document's or a message being written's failure after the screen's sentence of what
 * did not happen: the team library's and Outlook's reasons in words, the template gone, and the local
 * store's and any other failure as every screen words them (useFailureWords). The code for the
 * administrator comes only with a failure the words cannot explain, never the library's English.
 */
export function useMailingFailureWords() {
  const { t } = useT(mailingFailureStrings);
  const { t: failure } = useT(failureStrings);
  const otherWords = useFailureWords();
  return useCallback(
    (said: string, error: unknown): FailureWords => {
      const library = documentFailureOf(error);
      if (library) {
        const code = library === 'failed' && error instanceof DocumentUnavailableError ? error.code : null;
        return { text: `${said} ${t(`library.${library}`)}`, code: code && failure('code', { code }) };
      }
      const compose = composeFailureOf(error);
      if (compose) return { text: `${said} ${t(`compose.${compose.reason}`)}`, code: compose.code && failure('code', { code: compose.code }) };
      if (error instanceof RecordNotFoundError && error.kind === 'template') return { text: `${said} ${t('templateGone')}`, code: null };
      return otherWords(said, error);
    },
    [t, failure, otherWords],
  );
}
