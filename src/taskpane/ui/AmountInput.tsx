import { Input } from '@fluentui/react-components';
import { currencySymbol } from '../../domain/model/Money';
import { useI18n } from '../i18n/I18nProvider';

type AmountInputProps = {
  value: string;
  currency: string;
  onChange: (value: string) => void;
  disabled?: boolean;
};

/**
 * A money amount's edit box, inside a Field: the currency after the number as the pane's amounts
 * write it ("грн" in Ukrainian, where the ISO code "UAH" read like another currency).
 */
export function AmountInput({ value, currency, onChange, disabled }: AmountInputProps) {
  const locale = useI18n().locale;
  return <Input inputMode="decimal" value={value} disabled={disabled} onChange={(_, d) => onChange(d.value)} contentAfter={currencySymbol(currency, locale)} />;
}
