import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import type { Alarm, Wire } from '../../../../app/analyticsTypes';
import type { DrillKind, DrillRecords } from '../../../../app/analyticsUseCases';
import { useT } from '../../../i18n/useT';
import { analyticsStrings } from '../analyticsStrings';
import { useAlarmText } from '../hooks/useAlarmText';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  icon: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
});

export type AlarmListProps = { alarms: Wire<Alarm>[]; nameOf: (email: string) => string; onOpen: (title: string, kind: DrillKind, records: DrillRecords) => void };

/** What is alarming and why, each line opening the records behind it. */
export function AlarmList({ alarms, nameOf, onOpen }: AlarmListProps) {
  const styles = useStyles();
  const { t } = useT(analyticsStrings);
  const textOf = useAlarmText(nameOf);
  if (!alarms.length) return <p>{t('noAlarms')}</p>;
  return (
    <ul className={styles.list} data-testid="alarm-list">
      {alarms.map((a) => {
        const text = textOf(a);
        return (
          <li key={`${a.kind}-${a.owner ?? ''}-${a.detail}`} className={styles.item}>
            <WarningRegular className={styles.icon} aria-hidden />
            <Link as="button" onClick={() => onOpen(text, a.recordKind, [a.ids])}>
              {text}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
