import { useCallback } from 'react';
import { UndoAutoLogError } from '../../../../app/UndoAutoLogError';
import { useT } from '../../../i18n/useT';
import { messageLoggingStrings } from '../messageLoggingStrings';

/** Undo's refusal of an automatic log (UndoAutoLogError) in the pane's language; null for any other failure. */
export function useUndoRefusalWords() {
  const { t } = useT(messageLoggingStrings);
  return useCallback((error: unknown): string | null => (error instanceof UndoAutoLogError ? t(error.reason === 'gone' ? 'undoFailed.gone' : 'undoFailed.notOwn') : null), [t]);
}
