import { useEffect, useState } from 'react';
import type { AutoLogOutcome, UndoAutoLogReport } from '../../../../app/autoLog';
import type { ReadItem } from '../../../../domain/ports';
import { useApp } from '../../../ui/AppContext';

type AutoLogState =
  | { phase: 'idle' }
  | { phase: 'done'; outcome: AutoLogOutcome }
  | { phase: 'undoing' }
  | { phase: 'undone'; report: UndoAutoLogReport }
  /** The message opened was not logged by itself; Log email still logs it. */
  | { phase: 'failed'; error: unknown }
  /** The entry is still there: undo can be asked again. */
  | { phase: 'undo-failed'; entryId: string; error: unknown };

type SentSweepState = { phase: 'idle' } | { phase: 'done'; logged: number; failed: number; retrying: number } | { phase: 'failed'; error: unknown };

/**
 * Runs the user's auto-log once when a message opens, then sweeps Sent Items for new mail to
 * clients in the background; `undo` takes the opened message's automatic entry back.
 */
export function useAutoLog(item: ReadItem) {
  const app = useApp();
  const [state, setState] = useState<AutoLogState>({ phase: 'idle' });
  const [sent, setSent] = useState<SentSweepState>({ phase: 'idle' });
  useEffect(() => {
    let cancelled = false;
    app.logging.autoLogOnOpen(item).then(
      (outcome) => !cancelled && setState({ phase: 'done', outcome }),
      (error: unknown) => !cancelled && setState({ phase: 'failed', error }),
    );
    app.logging.autoLogSentMail().then(
      ({ logged, failed, retrying }) => !cancelled && setSent({ phase: 'done', logged, failed, retrying }),
      (error: unknown) => !cancelled && setSent({ phase: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
    // Once per opened message: the item id is its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [app, item.itemId]);
  const undo = async (entryId: string) => {
    setState({ phase: 'undoing' });
    try {
      setState({ phase: 'undone', report: await app.logging.undoAutoLog(entryId) });
    } catch (error) {
      setState({ phase: 'undo-failed', entryId, error });
    }
  };
  return { state, sent, undo };
}
