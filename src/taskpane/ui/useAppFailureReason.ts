import { useCallback } from 'react';
import { RecordNotFoundError } from '../../app/RecordNotFoundError';
import { NotAllowedError } from '../../app/requireRole';
import { ValidationError } from '../../app/validation';
import { useT } from '../i18n/useT';
import { failureStrings } from './failureStrings';
import type { FailureWords } from './useFailureWords';
import { validationStrings } from './validationStrings';
import { WordedFailure } from './WordedFailure';

type ValidationKey = keyof typeof validationStrings.en;

/** A sentence that goes after a colon starts in lower case, in either language. */
const afterColon = (sentence: string) => sentence.charAt(0).toLocaleLowerCase() + sentence.slice(1);

/** The name an administrator can look up; never the error's English sentence. */
const codeName = (error: unknown) => (error instanceof Error && error.name ? error.name : typeof error);

/**
 * Why a failure that is not the local store's happened, worded for after a screen's "… could not …:"
 * by the error's type (never its English message; a WordedFailure is the screen's own words): a record gone (RecordNotFoundError's kind), the
 * role check's refusal (NotAllowedError's role), a refused input (ValidationError's key); anything else
 * says that something went wrong, with the error's name for the administrator on a line of its own.
 */
export function useAppFailureReason() {
  const { t } = useT(failureStrings);
  const { t: tv } = useT(validationStrings);
  return useCallback(
    (error: unknown): FailureWords => {
      if (error instanceof WordedFailure) return { text: error.message, code: null };
      if (error instanceof RecordNotFoundError) return { text: t(`notFound.${error.kind}`), code: null };
      if (error instanceof NotAllowedError) return { text: t(error.role ? 'notAllowed' : 'notInTeam'), code: null };
      if (error instanceof ValidationError) {
        const key = error.errors[0]?.key.replace(/^errors\./, '');
        const known = key && key !== 'unknown' && key in validationStrings.en;
        return { text: known ? afterColon(tv(key as ValidationKey, error.errors[0]?.params)) : t('notAccepted'), code: null };
      }
      return { text: t('somethingFailed'), code: t('code', { code: codeName(error) }) };
    },
    [t, tv],
  );
}
