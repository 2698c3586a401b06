import { Button, Caption1, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { TeamStatus } from '../../../../app/team/TeamController';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useConflictLog } from '../hooks/useConflictLog';
import { teamStrings } from '../teamStrings';

const ConflictLogDialog = lazy(() => import('./ConflictLogDialog').then((m) => ({ default: m.ConflictLogDialog })));

const useStyles = makeStyles({
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginLeft: 'auto', flexShrink: 0 },
  progress: { flexBasis: '100%' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Past this many records a push or a pull shows a progress bar (a first sync, a big pull). */
const BIG = 20;

type SyncActionsProps = { status: TeamStatus };

/** The status line's team parts: a progress bar on big syncs, Sign in when needed, and the conflict log. */
export function SyncActions({ status }: SyncActionsProps) {
  const styles = useStyles();
  const app = useApp();
  const { t } = useT(teamStrings);
  const log = useConflictLog(status.phase !== 'local-only');
  const [logOpen, setLogOpen] = useState(false);
  const [signInFailed, setSignInFailed] = useState(false);
  const { progress } = status;
  const big = progress !== null && (progress.total === null ? progress.done >= BIG : progress.total >= BIG);
  return (
    <>
      <span className={styles.actions}>
        {status.phase === 'sign-in-needed' && (
          <Button
            size="small"
            appearance="primary"
            onClick={() => {
              setSignInFailed(false);
              app.team?.signIn().catch(() => setSignInFailed(true));
            }}
          >
            {t('signIn')}
          </Button>
        )}
        {log.conflicts.length > 0 && (
          <Button size="small" appearance="subtle" onClick={() => setLogOpen(true)}>
            {t('conflicts', { count: log.open })}
          </Button>
        )}
      </span>
      {signInFailed && (
        <Caption1 role="alert" className={styles.error}>
          {t('signInFailed')}
        </Caption1>
      )}
      {big && progress && (
        <ProgressBar
          className={styles.progress}
          aria-label={t('progress')}
          value={progress.total === null ? undefined : progress.done / Math.max(1, progress.total)}
          max={1}
        />
      )}
      {logOpen && (
        <Suspense fallback={null}>
          <ConflictLogDialog open conflicts={log.conflicts} restoring={log.restoring} onRestore={(id) => void log.restore(id)} onClose={() => setLogOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
