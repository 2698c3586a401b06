import { useT } from '../../../i18n/useT';
import { CurrencyField } from '../../../ui/CurrencyField';
import { analyticsStrings } from '../analyticsStrings';

type ChartCurrencyFieldProps = { currencies: readonly string[]; value: string; onChange: (currency: string) => void };

/**
 * Which currency a chart of amounts is drawn in, when there are several (see chartCurrencies);
 * nothing when there is one.
 */
export function ChartCurrencyField({ currencies, value, onChange }: ChartCurrencyFieldProps) {
  const { t } = useT(analyticsStrings);
  if (currencies.length < 2) return null;
  return <CurrencyField label={t('chartCurrency')} offered={currencies} value={value} onChange={onChange} />;
}
