import { makeStyles, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { useT } from '../../../i18n/useT';
import { todayStrings } from '../todayStrings';

const useStyles = makeStyles({
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  icon: { verticalAlign: 'text-bottom', marginRight: tokens.spacingHorizontalXXS },
});

/** "Overdue since 25 Nov 2026" in red with a warning sign: how a planned contact whose day has passed stands out wherever it is shown. */
export function OverdueSince({ day }: { day: string }) {
  const styles = useStyles();
  const { t } = useT(todayStrings);
  return (
    <span className={styles.overdue}>
      <WarningRegular className={styles.icon} aria-hidden />
      {t('overdueSince', { day })}
    </span>
  );
}
