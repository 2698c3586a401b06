import { Field, Select } from '@fluentui/react-components';
import { useT } from '../../../i18n/useT';
import { analyticsStrings } from '../analyticsStrings';
import { type PeriodPreset, periodPresets } from '../formatting';

type PeriodPickerProps = { value: PeriodPreset; onChange: (preset: PeriodPreset) => void };

/** The period a screen's figures cover: this month, quarter, year or the last 12 months. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t } = useT(analyticsStrings);
  return (
    <Field label={t('period')}>
      <Select value={value} onChange={(_, d) => onChange(d.value as PeriodPreset)}>
        {periodPresets.map((p) => (
          <option key={p} value={p}>
            {t(p)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
