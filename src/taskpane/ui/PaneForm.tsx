import type { ReactNode } from 'react';

type PaneFormProps = {
  className: string;
  /** The form's name for assistive technology, where no heading names it. */
  label?: string;
  /** The id of the heading that names the form. */
  labelledBy?: string;
  /** Enter in a field or the submit button. */
  onSubmit: () => void;
  children: ReactNode;
};

/** A pane form. The app, not the browser, checks the fields on saving, so every message is in the app's words and language. */
export function PaneForm({ className, label, labelledBy, onSubmit, children }: PaneFormProps) {
  return (
    <form
      className={className}
      aria-label={label}
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
