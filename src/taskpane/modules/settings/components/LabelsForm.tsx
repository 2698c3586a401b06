import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { CancelButton } from '../../../ui/CancelButton';
import { useFormErrorShown } from '../../../ui/latestOutcome';
import { PaneForm } from '../../../ui/PaneForm';
import type { Language } from '../../../../domain/model/ReferenceItem';
import type { Labels } from '../hooks/useReferenceList';
import { settingsStrings } from '../settingsStrings';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  offer: { alignSelf: 'flex-start' },
});

type LabelsFormProps = {
  initial: Labels;
  submitLabel: string;
  /** Resolves with an error message to show, or nothing when the labels were saved. */
  onSubmit: (labels: Labels) => Promise<string | undefined>;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/**
 * A value's label in both languages. A label missing in one language is asked for, with the other's
 * text offered, rather than copied silently: users of that language would otherwise see the other
 * language's text with nobody having chosen it.
 */
export function LabelsForm({ initial, submitLabel, onSubmit, onCancel, autoFocus }: LabelsFormProps) {
  const styles = useStyles();
  const { t } = useT(settingsStrings);
  const [labels, setLabels] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<Language | null>(null);
  const enInput = useRef<HTMLInputElement>(null);
  const ukInput = useRef<HTMLInputElement>(null);
  const focusOn = (lang: Language) => (lang === 'en' ? enInput : ukInput).current?.focus();
  // A label asked for is a refused save too: leaving or Cancel then still asks (PaneForm).
  const refused = error !== '' || missing !== null;
  useFormErrorShown(refused);

  async function submit() {
    const en = labels.en.trim();
    const uk = labels.uk.trim();
    if (!en && !uk) {
      setError(t('labelRequired'));
      return;
    }
    if (!en || !uk) {
      const lacking: Language = en ? 'uk' : 'en';
      setError('');
      setMissing(lacking);
      focusOn(lacking);
      return;
    }
    setMissing(null);
    setBusy(true);
    const failure = await onSubmit({ en, uk });
    setBusy(false);
    setError(failure ?? '');
    if (!failure && !onCancel) setLabels(initial);
  }

  const change = (lang: Language, value: string) => {
    setLabels({ ...labels, [lang]: value });
    if (lang === missing) setMissing(null);
  };
  const given = missing ? labels[missing === 'en' ? 'uk' : 'en'].trim() : '';
  const offer = (lang: Language) =>
    missing === lang && (
      <Button
        type="button"
        size="small"
        className={styles.offer}
        onClick={() => {
          change(lang, given);
          focusOn(lang);
        }}
      >
        {t('useOther', { label: given })}
      </Button>
    );

  return (
    <PaneForm className={styles.form} onSubmit={() => void submit()} saveFailed={refused}>
      <Field
        label={t('labelEn')}
        validationState={error ? 'error' : missing === 'en' ? 'warning' : 'none'}
        validationMessage={missing === 'en' ? t('missingEn', { label: given }) : undefined}
      >
        <Input ref={enInput} value={labels.en} onChange={(_, d) => change('en', d.value)} autoFocus={autoFocus} lang="en" />
      </Field>
      {offer('en')}
      <Field
        label={t('labelUk')}
        validationState={error ? 'error' : missing === 'uk' ? 'warning' : 'none'}
        validationMessage={error || (missing === 'uk' ? t('missingUk', { label: given }) : undefined)}
      >
        <Input ref={ukInput} value={labels.uk} onChange={(_, d) => change('uk', d.value)} lang="uk" />
      </Field>
      {offer('uk')}
      <div className={styles.actions}>
        <SubmitButton appearance="primary" busy={busy}>
          {submitLabel}
        </SubmitButton>
        {onCancel && <CancelButton onCancel={onCancel}>{t('cancel')}</CancelButton>}
      </div>
    </PaneForm>
  );
}
