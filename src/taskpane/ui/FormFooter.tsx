import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useFormStyles } from './useFormStyles';

type FormFooterProps = {
  /** True while a field shows a message; the form then asks to fix them. */
  fieldErrorsShown: boolean;
  fieldErrorsMessage: string;
  /** Why the last save failed, or empty while it has not. */
  failureMessage: string;
  saving: boolean;
  savingLabel: string;
  submitLabel: string;
  cancelLabel: string;
  /** Absent for a form that stays open (adding one record after another): no Cancel button. */
  onCancel?: () => void;
};

/**
 * The end of a pane form: what stopped the save, then the submit and cancel buttons. The texts
 * come from the form's own module so each keeps its wording and translations.
 */
export function FormFooter({
  fieldErrorsShown,
  fieldErrorsMessage,
  failureMessage,
  saving,
  savingLabel,
  submitLabel,
  cancelLabel,
  onCancel,
}: FormFooterProps) {
  const formStyles = useFormStyles();
  return (
    <>
      {fieldErrorsShown && (
        <MessageBar intent="error">
          <MessageBarBody>{fieldErrorsMessage}</MessageBarBody>
        </MessageBar>
      )}
      {failureMessage && (
        <MessageBar intent="error">
          <MessageBarBody>{failureMessage}</MessageBarBody>
        </MessageBar>
      )}
      <div className={formStyles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? savingLabel : submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{cancelLabel}</Button>}
      </div>
    </>
  );
}
