import { createContext, useContext, useLayoutEffect } from 'react';

/** What a form's Cancel does, so that Escape anywhere in the form can do the same. */
export class FormCancel {
  private action: (() => void) | undefined;

  set(action: (() => void) | undefined): void {
    this.action = action;
  }

  get available(): boolean {
    return this.action !== undefined;
  }

  run(): void {
    this.action?.();
  }
}

export const FormCancelContext = createContext<FormCancel | undefined>(undefined);

/** Lets Escape in the enclosing PaneForm cancel it as its Cancel button would. */
export function useEscapeCancels(onCancel: () => void) {
  const cancel = useContext(FormCancelContext);
  useLayoutEffect(() => {
    cancel?.set(onCancel);
    return () => cancel?.set(undefined);
  }, [cancel, onCancel]);
}
