import { useCallback, useState } from 'react';
import { DeletedWhileEditingError } from '../../app/DeletedWhileEditingError';
import { ValidationError } from '../../app/validation';
import { useT } from '../i18n/useT';
import { useAppFailureReason } from './useAppFailureReason';
import { useDeletedRecordMessage } from './useDeletedRecordMessage';
import { useFailedLabel } from './useFailedLabel';
import type { FailureWords } from './useFailureWords';
import { useStoreFailureLine } from './useStoreFailureLine';
import { validationStrings } from './validationStrings';

type ValidationKey = keyof typeof validationStrings.en;

/** `all` without `field`'s entry (the same object when it has none, so React keeps its state). */
export function withoutField<T>(all: Record<string, T>, field: string): Record<string, T> {
  if (!(field in all)) return all;
  const rest = { ...all };
  delete rest[field];
  return rest;
}

/**
 * `all` after row `index` of the list `list` was removed: that row's entries (`<list>.<index>.<field>`)
 * go, and the later rows' move up a place with their rows, so no message is left under another row.
 */
export function withoutRow<T>(all: Record<string, T>, list: string, index: number): Record<string, T> {
  const prefix = `${list}.`;
  const next: Record<string, T> = {};
  for (const [key, value] of Object.entries(all)) {
    const row = key.startsWith(prefix) ? /^(\d+)(\..*)?$/.exec(key.slice(prefix.length)) : null;
    const at = row ? Number(row[1]) : -1;
    if (at === index) continue;
    next[at > index ? `${prefix}${at - 1}${row?.[2] ?? ''}` : key] = value;
  }
  return next;
}

/**
 * A field's change handler that also takes the field's message away, for a form whose messages
 * come from `mended`'s owner: `onChange={edited('title', setTitle)}`.
 */
export function editedWith(mended: (field: string) => void) {
  return <T>(field: string, setValue: (value: T) => void) =>
    (value: T) => {
      setValue(value);
      mended(field);
    };
}

/**
 * A form's save state: field messages from a ValidationError, or one general message for any
 * other failure; a record a colleague deleted while the form was open, and the local store's failure
 * (full storage), are said in words of their own.
 * The form keeps its values either way, so nothing typed is lost.
 */
export function useFieldErrors() {
  const { t } = useT(validationStrings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [rows, setRows] = useState<Record<string, number[]>>({});
  const [failure, setFailure] = useState<string>('');
  // The local store's code for the administrator, shown on a line of its own after the failure.
  const [code, setCode] = useState<string | null>(null);
  // The failure is the whole sentence, not a detail for the form's own "could not save" wording.
  const [whole, setWhole] = useState(false);
  // An act that is no form's save (a delete, a stage move): it has its own sentence of what did not
  // happen, and no form keeping changes, so the store's "your changes are still in the form" is wrong there.
  const [act, setAct] = useState<{ said: (message: string) => string; cause: unknown } | null>(null);
  const deletedMessage = useDeletedRecordMessage();
  const storeLine = useStoreFailureLine();
  const labelled = useFailedLabel();
  const reason = useAppFailureReason();

  /** `said`: the act's own "… could not …: {{message}}" sentence, for a failure that is not a field's. */
  const fail = useCallback(
    (error: unknown, said?: (message: string) => string) => {
      setAct(null);
      if (error instanceof ValidationError) {
        const next: Record<string, string> = {};
        const nextRows: Record<string, number[]> = {};
        for (const e of error.errors) {
          const key = e.key.replace(/^errors\./, '');
          next[e.field] ??= t(key in validationStrings.en ? (key as ValidationKey) : 'unknown', e.params);
          if (e.index !== undefined) (nextRows[e.field] ??= []).push(e.index);
        }
        setErrors(next);
        setRows(nextRows);
        setFailure('');
        setCode(null);
      } else {
        setErrors({});
        setRows({});
        const deleted = error instanceof DeletedWhileEditingError;
        const store = deleted ? null : storeLine(error);
        // Not the store's: worded by its type (a record gone, a role refused), else "something went wrong" and its code.
        const other = deleted || store ? null : reason(error);
        setFailure(deleted ? deletedMessage(error.edited) : (store?.text ?? other!.text));
        setCode(store?.code ?? other?.code ?? null);
        setWhole(deleted || store !== null);
        if (said && !deleted) setAct({ said, cause: error });
      }
    },
    [t, deletedMessage, storeLine, reason],
  );
  const clear = useCallback(() => {
    setErrors({});
    setRows({});
    setFailure('');
    setCode(null);
    setWhole(false);
    setAct(null);
  }, []);

  /** The user is mending `field`: its message goes, the others stay (still true) until the next save. */
  const mended = useCallback((field: string) => {
    setErrors((all) => withoutField(all, field));
    setRows((all) => withoutField(all, field));
  }, []);

  /** Row `index` of the list `list` was removed: its messages go, the later rows' follow their rows. */
  const removedRow = useCallback((list: string, index: number) => {
    setErrors((all) => withoutRow(all, list, index));
    setRows((all) => withoutRow(all, list, index));
  }, []);

  return {
    mended,
    removedRow,
    edited: editedWith(mended),
    /** The message for a field, or undefined (Fluent Field's validationMessage takes either). */
    errorFor: (field: string): string | undefined => errors[field],
    /** The rows of a list field its message is about (for ListEditor's invalidRows); undefined when it is about the whole list. */
    rowsFor: (field: string): readonly number[] | undefined => rows[field],
    hasErrors: Object.keys(errors).length > 0,
    /** Why the last save failed, in one line (the code for the administrator after it): for a screen with no footer. */
    failure: [failure, code].filter(Boolean).join(' '),
    /** The failure as the form's footer shows it: `wrap` puts a general one in the form's own words; the code goes on a line of its own. */
    failureMessage: (wrap: (message: string) => string): FailureWords => ({ text: whole || !failure ? failure : wrap(failure), code }),
    /** The failure of an act given its own sentence (`fail`'s `said`), or the app's own sentence, with any code for a line of its own (FailureMessage); null while none. */
    actFailure: act ? labelled(act.said, act.cause) : failure ? { text: failure, code } : null,
    fail,
    clear,
  };
}
