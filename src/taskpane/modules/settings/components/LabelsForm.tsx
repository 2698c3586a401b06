import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/useT';
import { useFormFocus } from '../../../ui/useFormFocus';
import type { Labels } from '../hooks/useReferenceList';
import { settingsStrings } from '../settingsStrings';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type LabelsFormProps = {
  initial: Labels;
  submitLabel: string;
  /** Resolves with an error message to show, or nothing when the labels were saved. */
  onSubmit: (labels: Labels) => Promise<string | undefined>;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** A value's label in both languages; a label missing in one language takes the other's. */
export function LabelsForm({ initial, submitLabel, onSubmit, onCancel, autoFocus }: LabelsFormProps) {
  const styles = useStyles();
  const { t } = useT(settingsStrings);
  const [labels, setLabels] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // Escape and Cancel close it: the focus goes back to the row's buttons, not to the page.
  const form = useRef<HTMLFormElement>(null);
  useFormFocus(form);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const en = labels.en.trim();
    const uk = labels.uk.trim();
    if (!en && !uk) {
      setError(t('labelRequired'));
      return;
    }
    setBusy(true);
    const failure = await onSubmit({ en: en || uk, uk: uk || en });
    setBusy(false);
    setError(failure ?? '');
    if (!failure && !onCancel) setLabels(initial);
  }

  return (
    <form ref={form} className={styles.form} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel?.()}>
      <Field label={t('labelEn')} validationState={error ? 'error' : 'none'}>
        <Input value={labels.en} onChange={(_, d) => setLabels({ ...labels, en: d.value })} autoFocus={autoFocus} lang="en" />
      </Field>
      <Field label={t('labelUk')} validationState={error ? 'error' : 'none'} validationMessage={error || undefined}>
        <Input value={labels.uk} onChange={(_, d) => setLabels({ ...labels, uk: d.value })} lang="uk" />
      </Field>
      <div className={styles.actions}>
        <SubmitButton appearance="primary" busy={busy}>
          {submitLabel}
        </SubmitButton>
        {onCancel && (
          <Button type="button" onClick={onCancel}>
            {t('cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
