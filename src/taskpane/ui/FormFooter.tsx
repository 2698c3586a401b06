import { Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useRef } from 'react';
import { CancelButton } from './CancelButton';
import { useFormErrorShown } from './latestOutcome';
import { useFailedSaveKeepsTyping } from './LeaveGuard';
import { SubmitButton } from './SubmitButton';
import { useFocusInvalidField } from './useFocusInvalidField';
import type { FailureWords } from './useFailureWords';
import { useFormStyles } from './useFormStyles';

/** The footer's texts, under the same keys in each module's strings. */
export type FormFooterText = 'fixErrors' | 'saving' | 'save' | 'cancel';

type FormFooterProps = {
  /** The form's own module texts, so each form keeps its wording and translations. */
  labels: (key: FormFooterText) => string;
  /** True while a field shows a message; the form then asks to fix them. */
  fieldErrorsShown: boolean;
  /** Why the last save failed, or empty while it has not; a code for the administrator goes on a line of its own, as everywhere else (FailureMessage). */
  failureMessage: string | FailureWords;
  saving: boolean;
  /** Instead of "Save" where the button does more: "Create", "Open case". */
  submitLabel?: string;
  /** Instead of "Cancel", such as "Not now" for a form offered after another. */
  cancelLabel?: string;
  /** Also what Escape in the form does. Absent for a form that stays open (adding one record after another): no Cancel button. */
  onCancel?: () => void;
};

/** The end of a pane form: what stopped the save, then the submit and cancel buttons. */
export function FormFooter({ labels, fieldErrorsShown, failureMessage, saving, submitLabel = labels('save'), cancelLabel = labels('cancel'), onCancel }: FormFooterProps) {
  const formStyles = useFormStyles();
  const actions = useRef<HTMLDivElement>(null);
  useFocusInvalidField(actions, fieldErrorsShown);
  const { text, code } = typeof failureMessage === 'string' ? { text: failureMessage, code: null } : failureMessage;
  useFailedSaveKeepsTyping(fieldErrorsShown || text !== '');
  useFormErrorShown(fieldErrorsShown || text !== '');
  return (
    <>
      {fieldErrorsShown && (
        <MessageBar intent="error">
          <MessageBarBody>{labels('fixErrors')}</MessageBarBody>
        </MessageBar>
      )}
      {text && (
        <MessageBar intent="error">
          <MessageBarBody>
            {text}
            {code && <Caption1 block>{code}</Caption1>}
          </MessageBarBody>
        </MessageBar>
      )}
      <div ref={actions} className={formStyles.actions}>
        <SubmitButton appearance="primary" busy={saving}>
          {saving ? labels('saving') : submitLabel}
        </SubmitButton>
        {onCancel && <CancelButton onCancel={onCancel}>{cancelLabel}</CancelButton>}
      </div>
    </>
  );
}
