import { Field, Select } from '@fluentui/react-components';
import { clientStatuses, type ClientStatus } from '../../domain/model/Client';
import { useT } from '../i18n/useT';
import { clientStatusStrings } from './clientStatusStrings';

type ClientStatusFieldProps = {
  /** From the form's module, which words it its own way. */
  label: string;
  value: ClientStatus;
  onChange: (status: ClientStatus) => void;
};

/** A client's status (lead, prospect, customer, inactive), named as every screen names it. */
export function ClientStatusField({ label, value, onChange }: ClientStatusFieldProps) {
  const { t } = useT(clientStatusStrings);
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value as ClientStatus)}>
        {clientStatuses.map((s) => (
          <option key={s} value={s}>{t(s)}</option>
        ))}
      </Select>
    </Field>
  );
}
