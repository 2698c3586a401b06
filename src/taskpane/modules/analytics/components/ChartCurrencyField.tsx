import { Field, Select } from '@fluentui/react-components';
import { currencySymbol } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { analyticsStrings } from '../analyticsStrings';

type ChartCurrencyFieldProps = { currencies: readonly string[]; value: string; onChange: (currency: string) => void };

/**
 * Which currency a chart of amounts is drawn in, when there are several (see chartCurrencies);
 * nothing when there is one. Each is named as the amounts beside it write it ("грн", "€").
 */
export function ChartCurrencyField({ currencies, value, onChange }: ChartCurrencyFieldProps) {
  const { t, locale } = useT(analyticsStrings);
  if (currencies.length < 2) return null;
  return (
    <Field label={t('chartCurrency')}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {currencies.map((c) => (
          <option key={c} value={c}>
            {currencySymbol(c, locale)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
