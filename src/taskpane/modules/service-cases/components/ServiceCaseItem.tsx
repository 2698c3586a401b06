import { Badge, Button, Caption1, Field, makeStyles, mergeClasses, Select, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type Ref } from 'react';
import { serviceCaseStatuses, type ServiceCase, type ServiceCaseStatus } from '../../../../domain/model/ServiceCase';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { DateField } from '../../../ui/DateField';
import { DeletedRowNotice } from '../../../ui/DeletedRowNotice';
import { IconButton } from '../../../ui/IconButton';
import { LiveNotice } from '../../../ui/LiveNotice';
import { formatDay, formatWhen } from '../../../ui/localDates';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useLive } from '../../../ui/useLive';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { useRecordListStyles } from '../../../ui/useRecordListStyles';
import { shrinkableFields } from '../../../ui/shrinkableFields';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { serviceCasesStrings } from '../serviceCasesStrings';
import { DepartmentEntryForm } from './DepartmentEntryForm';
import { ServiceCaseForm } from './ServiceCaseForm';

const useStyles = makeStyles({
  // A case opens into fields, history and forms: they want more room between them than caption lines.
  item: { gap: tokens.spacingVerticalXS },
  text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  status: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, '& > *': { minWidth: 0 } },
  history: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
    // Stretched to the status form's height, the date's box grew taller than the status box beside it.
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
    ...shrinkableFields,
  },
});

const severityColour: Record<string, 'danger' | 'warning' | 'informative' | 'subtle'> = { critical: 'danger', high: 'warning', normal: 'informative', low: 'subtle' };
const statusColour = { open: 'brand', 'in-progress': 'warning', resolved: 'success', closed: 'subtle' } as const;

type ServiceCaseItemProps = {
  ref?: Ref<HTMLLIElement>;
  serviceCase: ServiceCase;
  /**
   * A colleague deleted the case and it is kept only for the typing in its forms (useRowsKeptWhileTyping):
   * its status, dates and actions are no longer current, so only those forms stay, under a notice saying so.
   */
  deleted?: boolean;
  /** What was just done to this case ('' for nothing): the tab shows one notice at a time, by the case it concerns. */
  notice: string;
  onNotice: (notice: string) => void;
};

/** One service case: its facts (editable), a status change (resolution dated), its linked history and a contact recorded for it. */
export function ServiceCaseItem({ ref, serviceCase: c, deleted = false, notice, onNotice: setNotice }: ServiceCaseItemProps) {
  const { t, locale } = useT(serviceCasesStrings);
  const app = useApp();
  const styles = useStyles();
  const listStyles = useRecordListStyles();
  const { labelOf } = useReferenceItems();
  const { nameOf } = usePeopleNames();
  const { errorFor, actFailure, fail, clear } = useFieldErrors();
  const [open, setOpen] = useState(false);
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState(false);
  const [chosen, setStatus] = useState<{ from: ServiceCaseStatus; to: ServiceCaseStatus } | null>(null);
  const status = chosen && chosen.from === c.status ? chosen.to : c.status;
  const statusBox = useRef<HTMLSelectElement>(null);
  const statusChanged = useRef(false);
  const history = useLive(async () => (open ? (await app.deals.queries.serviceCase(c.id)).history : []), [c.id, open]).data ?? [];
  const now = app.clock.now();
  const day = (iso: string) => formatDay(iso, locale, now);

  const change = async (changes: { status?: ServiceCaseStatus; resolvedOn?: string }) => {
    clear();
    setNotice('');
    // Set before saving: the list may show the saved case before the save's promise resolves.
    statusChanged.current = changes.status !== undefined;
    try {
      const saved = await app.deals.updateServiceCase(c.id, changes);
      setNotice(t('statusChanged', { status: t(`status.${saved.status}`) }));
    } catch (error) {
      statusChanged.current = false;
      // A change of the case in place, no form's save: its own sentence, not "your changes are still in the form".
      fail(error, (message) => t(changes.status !== undefined ? 'statusFailed' : 'resolvedOnFailed', { message }));
    }
  };

  // The saved status disables its button, and a case resolved moves down the list: either drops the
  // focus to the page, so it goes back to the status once the case shows its new one.
  useEffect(() => {
    if (!statusChanged.current) return;
    statusChanged.current = false;
    statusBox.current?.focus();
  }, [c.status]);

  const editForm = editing && (
    <ServiceCaseForm
      clientId={c.clientId}
      serviceCase={c}
      onCancel={() => setEditing(false)}
      onSaved={() => {
        setEditing(false);
        setNotice(t('caseSaved'));
      }}
    />
  );
  const entryForm = (
    <DepartmentEntryForm
      clientId={c.clientId}
      serviceCaseId={c.id}
      title={t('entryTitle', { title: c.title })}
      onCancel={() => setRecording(false)}
      onRecorded={() => {
        setRecording(false);
        setNotice(t('entryRecorded'));
      }}
    />
  );

  return (
    <li ref={ref} className={mergeClasses(listStyles.item, styles.item)} aria-label={c.title}>
      <div className={listStyles.head}>
        <div className={listStyles.line}>
          <Text weight="semibold" className={listStyles.grow}>
            {c.title}
          </Text>
          {/* Kept for its forms' typing after a colleague deleted it: its status and actions are not current. */}
          {!deleted && (
            <>
              <Badge appearance="tint" color={severityColour[c.severity] ?? 'informative'} shape="rounded">
                {labelOf('caseSeverity', c.severity)}
              </Badge>
              <Badge appearance="outline" color={statusColour[c.status]} shape="rounded">
                {t(`status.${c.status}`)}
              </Badge>
            </>
          )}
        </div>
        {!deleted && (
          <IconButton
            icon={<EditRegular />}
            label={t('editCase', { title: c.title })}
            onClick={() => {
              setNotice('');
              setEditing(true);
            }}
          />
        )}
      </div>
      {deleted ? (
        <DeletedRowNotice record={{ kind: 'serviceCase', title: c.title }} />
      ) : (
        <Caption1 className={listStyles.muted}>
          {[t('opened', { date: day(c.openedOn) }), c.resolvedOn && t('resolved', { date: day(c.resolvedOn) }), c.owner.trim() && nameOf(c.owner)].filter(Boolean).join(' · ')}
        </Caption1>
      )}
      {editForm}
      <LiveNotice message={notice} />
      <LiveNotice intent="error" message={actFailure?.text ?? ''} code={actFailure?.code} />
      {/* Short words under the case's title, which the name read out still carries (its visible words first). */}
      {!deleted && (
        <div>
          <Button
            appearance="subtle"
            size="small"
            icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
            aria-expanded={open}
            aria-label={open ? t('hideDetails', { title: c.title }) : t('details', { title: c.title })}
            onClick={() => setOpen(!open)}
          >
            {open ? t('hideDetailsShort') : t('detailsShort')}
          </Button>
        </div>
      )}
      {open && (
        <>
          {!deleted && (
            <>
              {c.description && <Text className={styles.text}>{c.description}</Text>}
              <div className={styles.pair}>
                {/* Chosen, then applied: arrow keys on a closed select must not save every status on the way. */}
                <form
                  className={styles.status}
                  aria-label={t('status')}
                  onSubmit={(e) => {
                    e.preventDefault();
                    void change({ status });
                  }}
                >
                  <Field label={t('status')} validationMessage={errorFor('status')}>
                    <Select ref={statusBox} value={status} onChange={(_, d) => setStatus({ from: c.status, to: d.value as ServiceCaseStatus })}>
                      {serviceCaseStatuses.map((s) => (
                        <option key={s} value={s}>
                          {t(`status.${s}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Button type="submit" disabled={status === c.status}>
                    {t('changeStatus')}
                  </Button>
                </form>
                {c.resolvedOn && (
                  <DateField label={t('resolvedOn')} value={c.resolvedOn} onChange={(day) => day && void change({ resolvedOn: day })} validationMessage={errorFor('resolvedOn')} />
                )}
              </div>
              <Text weight="semibold">{t('linkedHistory')}</Text>
              {history.length ? (
                <ul className={styles.history} aria-label={t('linkedHistory')}>
                  {history.map((e) => (
                    <li key={e.id}>
                      <Text className={styles.text}>{[labelOf('historyType', e.type), e.text].filter(Boolean).join(': ')}</Text>
                      <Caption1 className={listStyles.muted}> · {formatWhen(e.at, locale, now)}</Caption1>
                    </li>
                  ))}
                </ul>
              ) : (
                <Caption1 className={listStyles.muted}>{t('noLinkedHistory')}</Caption1>
              )}
            </>
          )}
          {/* In the same place whether or not the case is still there, so the form keeps its typing as it goes. */}
          {recording
            ? entryForm
            : !deleted && (
                <div>
                  <Button onClick={() => setRecording(true)}>{t('recordEntry')}</Button>
                </div>
              )}
        </>
      )}
    </li>
  );
}
