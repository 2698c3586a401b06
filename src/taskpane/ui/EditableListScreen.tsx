import { Badge, Button, Caption1, makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { AddRegular, EditRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type ReactNode } from 'react';
import { DeletedRowNotice } from './DeletedRowNotice';
import { IconButton } from './IconButton';
import { useLeave, useRowsKeptWhileTyping } from './LeaveGuard';
import { LiveNotice } from './LiveNotice';
import { LiveStatus } from './LiveStatus';
import { useRecordListStyles } from './useRecordListStyles';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** A record of the team's catalogues: named, and archived rather than deleted once deals refer to it. */
type ListedRecord = { id: string; name: string; archived: boolean };

/** Texts the screen takes from its module, under the same keys in each. */
type ListScreenText = 'heading' | 'loading' | 'loadFailed' | 'archivedBadge' | 'empty' | 'saved' | 'edit';

/** What the form for one record is told: it ends by saving or by cancelling. */
type FormDone<T> = { onSaved: (saved: T) => void; onCancel: () => void };

type EditableListScreenProps<T extends ListedRecord> = {
  /** What a record is, to say so once a colleague deleted one whose form here holds typing. */
  kind: 'product' | 'campaign';
  /** The records shown, undefined while they load. */
  items: T[] | undefined;
  /** Why they could not be loaded. */
  error: unknown;
  labels: (key: ListScreenText, values?: Record<string, string>) => string;
  /** Under the heading: what the screen is for, or why it is read only. */
  hint: string;
  addLabel: string;
  /** False: the list is shown without the add and edit buttons. */
  canEdit: boolean;
  /** Shown between the notice and the list, such as a filter. */
  filters?: ReactNode;
  /** The form for a new record (no record) or for one being edited, in place of it. */
  renderForm: (record: T | undefined, done: FormDone<T>) => ReactNode;
  /** What a record shows under its name. */
  renderDetails: (record: T) => ReactNode;
};

/**
 * A screen of one of the team's catalogues (campaigns, products): the records by name, each edited
 * in place, a new one added above them, and a notice of what was saved.
 */
export function EditableListScreen<T extends ListedRecord>({
  kind,
  items,
  error,
  labels,
  hint,
  addLabel,
  canEdit,
  filters,
  renderForm,
  renderDetails,
}: EditableListScreenProps<T>) {
  const styles = useStyles();
  const listStyles = useRecordListStyles();
  const headingId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const { rows, rowRef, gone } = useRowsKeptWhileTyping(items, (r) => r.id);
  // One form at a time: opening another closes the open one, so it asks first if that one holds typing.
  const screen = useRef<HTMLDivElement>(null);
  const leave = useLeave();

  if (error || !rows) return <LiveStatus error={error} loadingLabel={labels('loading')} failedLabel={(message) => labels('loadFailed', { message })} />;
  const edit = (id: string) =>
    leave(() => {
      setNotice('');
      setEditing(id);
    }, [screen.current]);
  const done: FormDone<T> = {
    onSaved: (saved) => {
      setEditing(null);
      setNotice(labels('saved', { name: saved.name }));
    },
    onCancel: () => setEditing(null),
  };

  return (
    <div ref={screen} className={styles.screen}>
      <Subtitle1 as="h2" id={headingId}>
        {labels('heading')}
      </Subtitle1>
      <Caption1 className={listStyles.muted}>{hint}</Caption1>
      {canEdit &&
        (editing === 'new' ? (
          renderForm(undefined, done)
        ) : (
          <div>
            <Button appearance="primary" icon={<AddRegular />} onClick={() => edit('new')}>
              {addLabel}
            </Button>
          </div>
        ))}
      <LiveNotice message={notice} />
      {filters}
      {rows.length ? (
        <ul className={listStyles.list} aria-labelledby={headingId}>
          {rows.map((r) =>
            editing === r.id ? (
              <li key={r.id} ref={rowRef(r.id)}>
                {gone(r.id) && <DeletedRowNotice record={{ kind, name: r.name }} />}
                {renderForm(r, done)}
              </li>
            ) : (
              <li key={r.id} ref={rowRef(r.id)} className={listStyles.item} aria-label={r.name}>
                <div className={listStyles.head}>
                  <div className={listStyles.line}>
                    <Text weight="semibold" className={listStyles.grow}>
                      {r.name}
                    </Text>
                    {r.archived && (
                      <Badge appearance="outline" color="subtle" shape="rounded">
                        {labels('archivedBadge')}
                      </Badge>
                    )}
                  </div>
                  {canEdit && <IconButton icon={<EditRegular />} label={labels('edit', { name: r.name })} onClick={() => edit(r.id)} />}
                </div>
                {renderDetails(r)}
              </li>
            ),
          )}
        </ul>
      ) : (
        <Text className={listStyles.muted}>{labels('empty')}</Text>
      )}
    </div>
  );
}
