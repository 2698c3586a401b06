import { Field, Select } from '@fluentui/react-components';
import { currencySymbol } from '../../domain/model/Money';
import { useI18n } from '../i18n/I18nProvider';

/** Currencies offered first; a record in another one keeps it. */
const CURRENCIES = ['UAH', 'EUR', 'USD', 'PLN', 'GBP', 'CHF'];

type CurrencyFieldProps = {
  label: string;
  value: string;
  onChange: (currency: string) => void;
  validationMessage?: string;
  disabled?: boolean;
  /** The currencies to choose from, instead of the usual ones. */
  offered?: readonly string[];
};

/**
 * The currency of a price, cost or deal amount, chosen from the usual ones. Each is shown as the
 * pane's amounts write it ("грн", "€"); the value kept is the ISO code.
 */
export function CurrencyField({ label, value, onChange, validationMessage, disabled, offered = CURRENCIES }: CurrencyFieldProps) {
  const locale = useI18n().locale;
  const currencies = !value || offered.includes(value) ? offered : [value, ...offered];
  return (
    <Field label={label} validationMessage={validationMessage}>
      <Select value={value} disabled={disabled} onChange={(_, d) => onChange(d.value)}>
        {currencies.map((c) => (
          <option key={c} value={c}>
            {currencySymbol(c, locale)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
