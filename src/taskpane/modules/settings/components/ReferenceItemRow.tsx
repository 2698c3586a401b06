import { Badge, Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArchiveRegular, ArrowDownRegular, ArrowUndoRegular, ArrowUpRegular, EditRegular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import type { ReferenceItem } from '../../../../domain/model/ReferenceItem';
import { useT } from '../../../i18n/useT';
import type { Labels } from '../hooks/useReferenceList';
import { settingsStrings } from '../settingsStrings';
import { LabelsForm } from './LabelsForm';
import { StageProbabilityForm } from './StageProbabilityForm';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  archived: { backgroundColor: tokens.colorNeutralBackground3 },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  text: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  label: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  secondary: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexShrink: 0 },
});

type ReferenceItemRowProps = {
  item: ReferenceItem;
  first: boolean;
  last: boolean;
  onRename: (item: ReferenceItem, labels: Labels) => Promise<string | undefined>;
  onArchive: (item: ReferenceItem, archived: boolean) => void;
  onMove: (item: ReferenceItem, step: -1 | 1) => void;
  /** Deal stages: saves the stage's default probability; resolves with an error message or nothing. */
  onProbability?: (item: ReferenceItem, probability: number) => Promise<string | undefined>;
};

/** One picklist value: its labels in both languages and code; rename, reorder, archive or restore. */
export function ReferenceItemRow({ item, first, last, onRename, onArchive, onMove, onProbability }: ReferenceItemRowProps) {
  const styles = useStyles();
  const { t, lang } = useT(settingsStrings);
  const [editing, setEditing] = useState(false);
  const label = item.labels[lang];
  const other = item.labels[lang === 'en' ? 'uk' : 'en'];
  // Named by aria-label with a native title: Fluent's Tooltip flickered on hover in this list.
  const iconButton = (text: string, icon: ReactElement, onClick: () => void, disabled = false) => (
    <Button appearance="subtle" size="small" icon={icon} aria-label={text} title={text} onClick={onClick} disabled={disabled} />
  );
  return (
    <li className={mergeClasses(styles.row, item.archived && styles.archived)}>
      {editing ? (
        <LabelsForm
          initial={item.labels}
          submitLabel={t('save')}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (labels) => {
            const failure = await onRename(item, labels);
            if (!failure) setEditing(false);
            return failure;
          }}
        />
      ) : (
        <div className={styles.line}>
          <div className={styles.text}>
            <Body1 className={mergeClasses(styles.label, item.archived && styles.muted)}>
              {label}{' '}
              {item.archived && (
                // Informative, not subtle: subtle's white text is meant for dark fills and vanished on the grey row.
                <Badge appearance="outline" color="informative" size="small">
                  {t('archived')}
                </Badge>
              )}
            </Body1>
            <Caption1 className={styles.secondary} lang={lang === 'en' ? 'uk' : 'en'}>
              {other}
            </Caption1>
            <Caption1 className={styles.muted}>{t('code', { code: item.code })}</Caption1>
          </div>
          <div className={styles.actions}>
            {iconButton(t('renameItem', { label }), <EditRegular />, () => setEditing(true))}
            {iconButton(t('moveUp', { label }), <ArrowUpRegular />, () => onMove(item, -1), first)}
            {iconButton(t('moveDown', { label }), <ArrowDownRegular />, () => onMove(item, 1), last)}
            {item.archived
              ? iconButton(t('restoreItem', { label }), <ArrowUndoRegular />, () => onArchive(item, false))
              : iconButton(t('archiveItem', { label }), <ArchiveRegular />, () => onArchive(item, true))}
          </div>
        </div>
      )}
      {onProbability && item.list === 'dealStage' && !item.archived && !editing && (
        <StageProbabilityForm key={item.probability ?? 0} stage={item} onSave={(p) => onProbability(item, p)} />
      )}
    </li>
  );
}
