import { createContext, useContext, useLayoutEffect } from 'react';

/**
 * What a form's Cancel does, so that Escape anywhere in the form does the same; both ask first once
 * the form holds typing, since a Cancel pressed after a long note loses it as surely as leaving does.
 */
export class FormCancel {
  private action: (() => void) | undefined;
  private ask: (go: () => void) => void = (go) => go();

  set(action: (() => void) | undefined): void {
    this.action = action;
  }

  /** How the form asks before its typing goes: `ask` runs `go` at once, or once the user agrees (PaneForm: the pane's LeaveGuard). */
  askWith(ask: (go: () => void) => void): void {
    this.ask = ask;
  }

  get available(): boolean {
    return this.action !== undefined;
  }

  /** Cancel as the user pressed it: at once, or once they agree to lose what the form holds. */
  request(): void {
    this.ask(() => this.action?.());
  }
}

export const FormCancelContext = createContext<FormCancel | undefined>(undefined);

/**
 * Makes `onCancel` the enclosing PaneForm's Cancel, which Escape in the form does too; returns what a
 * Cancel button does: the same, asking first when the form holds typing.
 */
export function useFormCancel(onCancel: () => void): () => void {
  const cancel = useContext(FormCancelContext);
  useLayoutEffect(() => {
    cancel?.set(onCancel);
    return () => cancel?.set(undefined);
  }, [cancel, onCancel]);
  return cancel ? () => cancel.request() : onCancel;
}
