import { useCallback, useState } from 'react';
import { ValidationError } from '../../app/validation';
import { errorMessage } from '../../domain/errorMessage';
import { useT } from '../i18n/useT';
import { validationStrings } from './validationStrings';

type ValidationKey = keyof typeof validationStrings.en;

/**
 * A form's save state: field messages from a ValidationError, or one general message for any
 * other failure. The form keeps its values either way, so nothing typed is lost.
 */
export function useFieldErrors() {
  const { t } = useT(validationStrings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>('');

  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof ValidationError) {
        const next: Record<string, string> = {};
        for (const e of error.errors) {
          const key = e.key.replace(/^errors\./, '');
          next[e.field] ??= t(key in validationStrings.en ? (key as ValidationKey) : 'unknown');
        }
        setErrors(next);
        setFailure('');
      } else {
        setErrors({});
        setFailure(errorMessage(error));
      }
    },
    [t],
  );
  const clear = useCallback(() => {
    setErrors({});
    setFailure('');
  }, []);

  return {
    /** The message for a field, or undefined (Fluent Field's validationMessage takes either). */
    errorFor: (field: string): string | undefined => errors[field],
    hasErrors: Object.keys(errors).length > 0,
    failure,
    fail,
    clear,
  };
}
