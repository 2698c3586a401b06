import { createContext, useContext, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Only the latest outcome shows. A green "Saved" left from an earlier save, beside the red message of
 * a save that has just failed, read as if the failed one had worked too: a form showing an error
 * withdraws the success notices standing from before. (A success in turn clears its own form's
 * messages: useSaving, LabelsForm.)
 */
export class LatestOutcome {
  private readonly withdrawals = new Set<() => void>();

  /** A form has just shown an error. */
  failed(): void {
    for (const withdraw of [...this.withdrawals]) withdraw();
  }

  /** `withdraw` runs each time a form shows an error, until the returned function is called. */
  onFailure(withdraw: () => void): () => void {
    this.withdrawals.add(withdraw);
    return () => this.withdrawals.delete(withdraw);
  }
}

/** One for the pane: a notice and the form that fails after it may sit in different parts of a screen. */
export const LatestOutcomeContext = createContext(new LatestOutcome());

/** For a form's error presentation: tells the pane when the form starts showing an error, before it is painted beside the old notice. */
export function useFormErrorShown(shown: boolean) {
  const outcome = useContext(LatestOutcomeContext);
  useLayoutEffect(() => {
    if (shown) outcome.failed();
  }, [shown, outcome]);
}

/** For the owner of a success notice: `withdraw` takes it away once a form shows an error. */
export function useWithdrawnOnFormError(withdraw: () => void) {
  const outcome = useContext(LatestOutcomeContext);
  const latest = useRef(withdraw);
  useEffect(() => {
    latest.current = withdraw;
  });
  useEffect(() => outcome.onFailure(() => latest.current()), [outcome]);
}
