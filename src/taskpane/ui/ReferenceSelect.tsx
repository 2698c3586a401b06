import { Field, Select } from '@fluentui/react-components';
import type { ReferenceList } from '../../domain/model/ReferenceItem';
import { useT } from '../i18n/useT';
import { referenceStrings } from './referenceStrings';
import { useReferenceItems } from './useReferenceItems';

type ReferenceSelectProps = {
  list: ReferenceList;
  label: string;
  value: string;
  onChange: (code: string) => void;
  /** Offer "Not set"; off for lists where a value is required (history type). */
  optional?: boolean;
  /** Marks the field as one the record cannot be saved without (an asterisk), as any required field. */
  required?: boolean;
  validationMessage?: string;
};

/** A picklist from the editable reference data, labelled in the current language. */
export function ReferenceSelect({ list, label, value, onChange, optional = true, required, validationMessage }: ReferenceSelectProps) {
  const { t } = useT(referenceStrings);
  const { choices } = useReferenceItems();
  const options = choices(list, value);
  return (
    <Field label={label} required={required} validationMessage={validationMessage}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {optional && <option value="">{t('notSet')}</option>}
        {value && !options.some((o) => o.code === value) && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
