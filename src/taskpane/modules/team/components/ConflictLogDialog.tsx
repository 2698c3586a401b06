import { Body1, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { TeamConflict } from '../../../../app/team/TeamController';
import { useT } from '../../../i18n/useT';
import { teamStrings } from '../teamStrings';

type TableKey = 'clients' | 'contacts' | 'history' | 'plannedContacts' | 'deals' | 'members';
const tableKeys = new Set<string>(['clients', 'contacts', 'history', 'plannedContacts', 'deals', 'members'] satisfies TableKey[]);

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  values: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground2 },
});

type ConflictLogDialogProps = {
  open: boolean;
  conflicts: TeamConflict[];
  restoring: string | null;
  onRestore: (id: string) => void;
  onClose: () => void;
};

/** The conflict log: for each field two people changed, what was kept and what was replaced, with Restore. */
export function ConflictLogDialog({ open, conflicts, restoring, onRestore, onClose }: ConflictLogDialogProps) {
  const styles = useStyles();
  const { t, locale } = useT(teamStrings);
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('empty');
    if (typeof value === 'object') {
      const named = value as { name?: unknown; subject?: unknown; title?: unknown };
      return String(named.name ?? named.subject ?? named.title ?? JSON.stringify(value));
    }
    return String(value);
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby="conflict-log-hint">
        <DialogBody>
          <DialogTitle>{t('conflictLog')}</DialogTitle>
          <DialogContent>
            <Caption1 id="conflict-log-hint" className={styles.hint}>
              {t('conflictLogHint')}
            </Caption1>
            {conflicts.length === 0 ? (
              <Body1>{t('conflictLogEmpty')}</Body1>
            ) : (
              <ul className={styles.list}>
                {conflicts.map((c) => (
                  <li key={c.id} className={styles.entry} data-testid="conflict-entry">
                    <Body1>
                      {t('field', {
                        table: c.recordName ?? (tableKeys.has(c.table) ? t(`table.${c.table as TableKey}`) : c.table),
                        field: c.field === '*' ? t('wholeRecord') : c.field,
                      })}
                    </Body1>
                    <dl className={styles.values}>
                      <dt className={styles.term}>{t('kept')}</dt>
                      <dd className={styles.value}>{show(c.kept)}</dd>
                      <dt className={styles.term}>{t('lost')}</dt>
                      <dd className={styles.value}>{show(c.lost)}</dd>
                    </dl>
                    <Caption1 className={styles.hint}>{when(c.at)}</Caption1>
                    {c.restoredAt ? (
                      <Caption1>{t('restored', { date: when(c.restoredAt) })}</Caption1>
                    ) : (
                      <Button size="small" disabled={restoring !== null} onClick={() => onRestore(c.id)} aria-label={`${t('restore')}: ${show(c.lost)}`}>
                        {t('restore')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
