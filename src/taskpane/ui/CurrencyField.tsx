import { Field, Select } from '@fluentui/react-components';

/** Currencies offered first; a record in another one keeps it. */
const CURRENCIES = ['UAH', 'EUR', 'USD', 'PLN', 'GBP', 'CHF'];

type CurrencyFieldProps = {
  label: string;
  value: string;
  onChange: (currency: string) => void;
  validationMessage?: string;
  disabled?: boolean;
};

/** The currency of a price, cost or deal amount, chosen from the usual ones. */
export function CurrencyField({ label, value, onChange, validationMessage, disabled }: CurrencyFieldProps) {
  const currencies = CURRENCIES.includes(value) ? CURRENCIES : [value, ...CURRENCIES];
  return (
    <Field label={label} validationMessage={validationMessage}>
      <Select value={value} disabled={disabled} onChange={(_, d) => onChange(d.value)}>
        {currencies.map((c) => (
          // The option's text is its value.
          <option key={c}>{c}</option>
        ))}
      </Select>
    </Field>
  );
}
