import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReferenceItem } from '../../../../domain/model/ReferenceItem';
import { readDecimal } from '../../../../domain/readDecimal';
import { useT } from '../../../i18n/useT';
import { decimalText } from '../../../ui/decimalText';
import { useFormErrorShown } from '../../../ui/latestOutcome';
import { PaneForm } from '../../../ui/PaneForm';
import { settingsStrings } from '../settingsStrings';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  input: { width: '80px' },
});

type StageProbabilityFormProps = {
  stage: ReferenceItem;
  /** Resolves with an error message, or nothing when the probability was saved. */
  onSave: (probability: number) => Promise<string | undefined>;
};

/** A deal stage's default probability; deals entering the stage from now on get it. */
export function StageProbabilityForm({ stage, onSave }: StageProbabilityFormProps) {
  const { t, lang, locale } = useT(settingsStrings);
  const styles = useStyles();
  const [value, setValue] = useState(decimalText.number(stage.probability ?? 0, locale));
  const [error, setError] = useState('');
  const label = stage.labels[lang];
  useFormErrorShown(error !== '');
  async function save() {
    const probability = readDecimal(value);
    if (!Number.isFinite(probability) || probability < 0 || probability > 100) return setError(t('probabilityRange'));
    setError((await onSave(probability)) ?? '');
  }
  return (
    // A PaneForm: a probability typed and not saved is typing, so changing the list or leaving Settings asks first.
    <PaneForm
      className={styles.form}
      saveFailed={error !== ''}
      onSubmit={() => void save()}
    >
      <Field label={t('stageProbability', { label })} validationMessage={error || undefined}>
        <Input className={styles.input} inputMode="decimal" value={value} onChange={(_, d) => setValue(d.value)} contentAfter="%" />
      </Field>
      <Button type="submit" size="small">
        {t('saveProbability', { label })}
      </Button>
    </PaneForm>
  );
}
