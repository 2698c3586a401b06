import { Button, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components';
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
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type RetireValueFormProps = {
  item: ReferenceItem;
  /** How many records hold the value. */
  inUse: number;
  /** The other active values of the list. */
  candidates: ReferenceItem[];
  /** Archives the value, moving its records to `replacement` when one is given; resolves with an error message, or nothing. */
  onRetire: (replacement?: string) => Promise<string | undefined>;
  onCancel: () => void;
};

/**
 * Archiving a value records hold: by default they keep it, as the section's help promises. Moving
 * them is a separate, opt-in choice, because it rewrites their history and Restore cannot undo it.
 */
export function RetireValueForm({ item, inUse, candidates, onRetire, onCancel }: RetireValueFormProps) {
  const { t, lang } = useT(settingsStrings);
  const styles = useStyles();
  const [moving, setMoving] = useState(false);
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
        if (moving && !replacement) return setError(t('replacementRequired'));
        setBusy(true);
        const failure = await onRetire(moving ? replacement : undefined);
        setBusy(false);
        setError(failure ?? '');
      }}
    >
      <Text>{t('inUse', { label, count: inUse })}</Text>
      {candidates.length > 0 && (
        <Checkbox
          checked={moving}
          onChange={(_, d) => {
            setMoving(d.checked === true);
            setError('');
          }}
          label={t('moveAlso', { count: inUse })}
          autoFocus
        />
      )}
      {moving && (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>{t('moveWarning', { label, count: inUse })}</MessageBarBody>
          </MessageBar>
          <Field label={t('replacement')} validationMessage={error || undefined}>
            <Select value={replacement} onChange={(_, d) => setReplacement(d.value)}>
              <option value="" />
              {candidates.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.labels[lang]}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
      {!moving && error && (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      )}
      <div className={styles.actions}>
        <SubmitButton appearance="primary" busy={busy}>
          {moving ? t('retireAndMove') : t('retire')}
        </SubmitButton>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
