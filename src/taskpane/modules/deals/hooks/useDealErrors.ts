import { useCallback, useState } from 'react';
import { NotAllowedError } from '../../../../app/requireRole';
import { useT } from '../../../i18n/useT';
import { editedWith, useFieldErrors, withoutField, withoutRow } from '../../../ui/useFieldErrors';
import { dealsStrings } from '../dealsStrings';
import { WordedFailure } from '../../../ui/WordedFailure';

const problems = ['closed', 'refused', 'not-closed', 'unknown-stage', 'archived-stage', 'same-stage'] as const;

/** The app's DealTransitionError, recognised by name: the UI does not import domain rules. */
function transitionProblem(error: unknown): (typeof problems)[number] | null {
  if (!(error instanceof Error) || error.name !== 'DealTransitionError') return null;
  const problem = (error as Error & { problem?: string }).problem;
  return problems.find((p) => p === problem) ?? null;
}

/**
 * A deal form's save state: the app's field messages plus problems found before saving (an amount
 * that cannot be read), and plain-language messages for a move the deal's state does not allow.
 */
export function useDealErrors() {
  const { t } = useT(dealsStrings);
  const fields = useFieldErrors();
  const [local, setLocal] = useState<Record<string, string>>({});
  const { fail: failFields, clear: clearFields, mended: mendedField, removedRow: removedFieldRow } = fields;

  /** `said`: an act's own sentence (a delete, a stage move) for a failure the deal's rules did not word. */
  const fail = useCallback(
    (error: unknown, said?: (message: string) => string) => {
      setLocal({});
      const problem = transitionProblem(error);
      if (problem) failFields(new WordedFailure(t(`problem.${problem}`)));
      else if (error instanceof NotAllowedError) failFields(new WordedFailure(t('notAllowed')));
      else failFields(error, said);
    },
    [failFields, t],
  );
  const clear = useCallback(() => {
    setLocal({});
    clearFields();
  }, [clearFields]);
  /** The user is mending `field`: its message goes, whether the app or the form found it; the others stay until the next save. */
  const mended = useCallback(
    (field: string) => {
      setLocal((all) => withoutField(all, field));
      mendedField(field);
    },
    [mendedField],
  );
  /** Row `index` of the list `list` (a deal's lines) was removed: its messages go, the later rows' follow their rows. */
  const removedRow = useCallback(
    (list: string, index: number) => {
      setLocal((all) => withoutRow(all, list, index));
      removedFieldRow(list, index);
    },
    [removedFieldRow],
  );

  return {
    errorFor: (field: string): string | undefined => local[field] ?? fields.errorFor(field),
    hasErrors: fields.hasErrors || Object.keys(local).length > 0,
    failure: fields.failure,
    failureMessage: fields.failureMessage,
    actFailure: fields.actFailure,
    fail,
    clear,
    mended,
    removedRow,
    edited: editedWith(mended),
    /** Problems found before asking the app; the form stays as typed. */
    failLocally: (problems: Record<string, string>) => {
      clearFields();
      setLocal(problems);
    },
  };
}
