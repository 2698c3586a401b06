import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { dealsStrings } from '../dealsStrings';

/** Totals in one currency, minor units (the shape of the app's receivables). */
export type ReceivableTotals = { currency: string; invoicedMinor: number; paidMinor: number; outstandingMinor: number; overdueMinor: number; overpaidMinor: number };

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

type ReceivablesSummaryProps = { totals: ReceivableTotals; locale: string };

/** Invoiced, paid, outstanding and overdue in one currency; an overdue amount stands out. */
export function ReceivablesSummary({ totals, locale }: ReceivablesSummaryProps) {
  const { t } = useT(dealsStrings);
  const styles = useStyles();
  const money = (minor: number) => formatMoney({ minor, currency: totals.currency }, locale);
  const overdue = totals.overdueMinor > 0;
  return (
    <dl className={styles.facts} aria-label={t('receivablesIn', { currency: totals.currency })}>
      <dt className={styles.term}>{t('invoiced')}</dt>
      <dd className={styles.value}>{money(totals.invoicedMinor)}</dd>
      <dt className={styles.term}>{t('paid')}</dt>
      <dd className={styles.value}>{money(totals.paidMinor)}</dd>
      <dt className={styles.term}>{t('outstanding')}</dt>
      <dd className={styles.value}>{money(totals.outstandingMinor)}</dd>
      <dt className={mergeClasses(styles.term, overdue && styles.overdue)}>{t('overdue')}</dt>
      <dd className={mergeClasses(styles.value, overdue && styles.overdue)}>
        <Text weight={overdue ? 'semibold' : 'regular'}>{money(totals.overdueMinor)}</Text>
      </dd>
      {totals.overpaidMinor > 0 && (
        <>
          <dt className={mergeClasses(styles.term, styles.warning)}>{t('overpaid')}</dt>
          <dd className={mergeClasses(styles.value, styles.warning)}>{money(totals.overpaidMinor)}</dd>
        </>
      )}
    </dl>
  );
}
