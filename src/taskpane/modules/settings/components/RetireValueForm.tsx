import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ReferenceItem } from '../../../../domain/model/ReferenceItem';
import { useT } from '../../../i18n/useT';
import { useFormFocus } from '../../../ui/useFormFocus';
import { settingsStrings } from '../settingsStrings';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type RetireValueFormProps = {
  item: ReferenceItem;
  /** How many records hold the value. */
  inUse: number;
  /** The other active values of the list. */
  candidates: ReferenceItem[];
  /** Resolves with an error message, or nothing when the value was retired. */
  onRetire: (replacement: string) => Promise<string | undefined>;
  onCancel: () => void;
};

/** A value still in use is archived only onto a replacement: its records move to the value chosen here. */
export function RetireValueForm({ item, inUse, candidates, onRetire, onCancel }: RetireValueFormProps) {
  const { t, lang } = useT(settingsStrings);
  const styles = useStyles();
  const [replacement, setReplacement] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // Escape and Cancel close it: the focus goes back to the row's buttons, not to the page.
  const form = useRef<HTMLFormElement>(null);
  useFormFocus(form);
  const label = item.labels[lang];
  return (
    <form
      ref={form}
      className={styles.form}
      aria-label={t('retireTitle', { label })}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!replacement) return setError(t('replacementRequired'));
        setBusy(true);
        const failure = await onRetire(replacement);
        setBusy(false);
        setError(failure ?? '');
      }}
    >
      <Text>{t('inUse', { label, count: inUse })}</Text>
      <Field label={t('replacement')} validationMessage={error || undefined}>
        <Select value={replacement} onChange={(_, d) => setReplacement(d.value)} autoFocus>
          <option value="" />
          {candidates.map((c) => (
            <option key={c.code} value={c.code}>
              {c.labels[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <SubmitButton appearance="primary" busy={busy}>
          {t('retire')}
        </SubmitButton>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
