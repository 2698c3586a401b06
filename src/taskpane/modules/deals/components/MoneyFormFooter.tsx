import { useT } from '../../../i18n/useT';
import { FormFooter } from '../../../ui/FormFooter';
import { dealsStrings } from '../dealsStrings';
import type { useAmountSave } from '../hooks/useAmountSave';

type MoneyFormFooterProps = {
  form: Pick<ReturnType<typeof useAmountSave>, 'errors' | 'saving'>;
  submitLabel: string;
  /** Absent for a form that stays open to add another. */
  onCancel?: () => void;
};

/** The end of a planned receipt or payment form, in the deal card's wording. */
export function MoneyFormFooter({ form, submitLabel, onCancel }: MoneyFormFooterProps) {
  const { t } = useT(dealsStrings);
  return (
    <FormFooter
      labels={t}
      fieldErrorsShown={form.errors.hasErrors}
      failureMessage={form.errors.failureMessage((message) => t('saveFailed', { message }))}
      saving={form.saving}
      submitLabel={submitLabel}
      onCancel={onCancel}
    />
  );
}
