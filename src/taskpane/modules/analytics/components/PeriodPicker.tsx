import { Field, makeStyles, mergeClasses, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Period } from '../../../../app/analyticsTypes';
import { useT } from '../../../i18n/useT';
import { DateField } from '../../../ui/DateField';
import { useFormStyles } from '../../../ui/useFormStyles';
import { analyticsStrings } from '../analyticsStrings';
import { periodOf, periodPresets, type PeriodChoice, type PeriodPreset } from '../formatting';

const useStyles = makeStyles({
  // From and To on a row of their own, under Period: in the pickers' grid From sat beside Period and To
  // under it, beside Team member. Their fields' margin spaces the row from the next.
  days: { gridColumn: '1 / -1', marginBottom: 0 },
});

type PeriodPickerProps = { value: PeriodChoice; today: string; onChange: (choice: PeriodChoice) => void };

/**
 * The period a screen's figures cover: this or last month, the last 3 months, this year, the last
 * 12 months, or days of the user's own. Days are passed on only once they make a period, so the
 * figures stay as they were while a day is half typed or the end is before the start.
 */
export function PeriodPicker({ value, today, onChange }: PeriodPickerProps) {
  const { t } = useT(analyticsStrings);
  const formStyles = useFormStyles();
  const styles = useStyles();
  const [days, setDays] = useState<Period | null>(value.preset === 'custom' ? value.period : null);
  const shown = days ?? periodOf(value, today);
  const problem = !days ? undefined : !days.from || !days.to ? t('periodIncomplete') : days.from > days.to ? t('periodBackwards') : undefined;
  const setDay = (end: keyof Period, day: string) => {
    const next = { ...shown, [end]: day };
    setDays(next);
    if (next.from && next.to && next.from <= next.to) onChange({ preset: 'custom', period: next });
  };
  return (
    <>
      <Field label={t('period')}>
        <Select
          value={days ? 'custom' : value.preset}
          onChange={(_, d) => {
            if (d.value === 'custom') return setDays(shown);
            setDays(null);
            onChange({ preset: d.value as PeriodPreset });
          }}
        >
          {periodPresets.map((p) => (
            <option key={p} value={p}>
              {t(p)}
            </option>
          ))}
          <option value="custom">{t('periodCustom')}</option>
        </Select>
      </Field>
      {days && (
        <div className={mergeClasses(formStyles.pair, styles.days)}>
          <DateField label={t('periodFrom')} value={days.from} onChange={(day) => setDay('from', day)} validationMessage={problem} />
          <DateField label={t('periodTo')} value={days.to} onChange={(day) => setDay('to', day)} />
        </div>
      )}
    </>
  );
}
