import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, CheckmarkCircleRegular, CloudOffRegular, ErrorCircleRegular, PersonLockRegular, SaveRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useT } from '../../../i18n/useT';
import { SyncActions } from '../../team/components/SyncActions';
import { useSyncStatus, type SyncPhase } from '../hooks/useSyncStatus';
import { syncStatusStrings } from '../syncStatusStrings';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  icon: { flexShrink: 0, fontSize: tokens.fontSizeBase400 },
});

const icons: Record<SyncPhase, ReactElement> = {
  'local-only': <SaveRegular />,
  offline: <CloudOffRegular />,
  pushing: <ArrowSyncRegular />,
  pulling: <ArrowSyncRegular />,
  'in-sync': <CheckmarkCircleRegular />,
  error: <ErrorCircleRegular />,
  'sign-in-needed': <PersonLockRegular />,
  'upgrade-needed': <ErrorCircleRegular />,
};

/** The always-visible line at the bottom of the pane: where the manager's changes are. */
export function SyncStatusLine() {
  const styles = useStyles();
  const { t } = useT(syncStatusStrings);
  const { phase, pending, status } = useSyncStatus();
  const waiting = pending === undefined ? '' : pending > 0 ? t('pending', { count: pending }) : t('nonePending');
  return (
    <footer className={phase === 'error' || phase === 'sign-in-needed' ? `${styles.line} ${styles.error}` : styles.line} aria-label={t('label')}>
      <span className={styles.icon} aria-hidden>
        {icons[phase]}
      </span>
      <Caption1 role="status" data-phase={phase}>
        {waiting ? `${t(phase)} · ${waiting}` : t(phase)}
      </Caption1>
      <SyncActions status={status} />
    </footer>
  );
}
