import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ArrowImportRegular, CheckmarkRegular, DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useCallback, useId, useRef } from 'react';
import type { ImportField, ImportReport, RowWarning, SkipReason } from '../../../../app/dataUseCases';
import { ImportStoppedError, UnreadableFileError } from '../../../../app/dataUseCases';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { formatTypedDate, typedDatePattern } from '../../../ui/typedDate';
import { failureStrings } from '../../../ui/failureStrings';
import { localIsoDate } from '../../../ui/localDates';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { useFailureWords } from '../../../ui/useFailureWords';
import { dataStrings } from '../dataStrings';
import { useImport } from '../hooks/useImport';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  grid: { display: 'grid', gridTemplateColumns: '1fr', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  hidden: { display: 'none' },
});

/** How many skipped rows, and rows to check, the report lists; the rest are counted. */
const SHOWN_ROWS = 20;

type RowListProps = { heading: string; testId: string; rows: { row: number; text: string }[] };

function RowList({ heading, testId, rows }: RowListProps) {
  const { t } = useT(dataStrings);
  const styles = useStyles();
  if (!rows.length) return null;
  return (
    <>
      <Text weight="semibold">{heading}</Text>
      <ul className={styles.list} data-testid={testId}>
        {rows.slice(0, SHOWN_ROWS).map((r) => (
          <li key={r.row}>{r.text}</li>
        ))}
      </ul>
      {rows.length > SHOWN_ROWS && <Caption1>{t('moreSkipped', { count: rows.length - SHOWN_ROWS })}</Caption1>}
    </>
  );
}

/**
 * A day as the import reads it, shown as the date fields show one: in the pane's form when that puts
 * the day first (28/11/2026, 28.11.2026); else ISO (2026-11-28), as the import reads 11/28/2026 day first.
 */
function importDateExample(today: Date, locale: string): string {
  const dayFirst = /^d[./]m[./]y$/.test(typedDatePattern(locale, { day: 'd', month: 'm', year: 'y' }));
  return dayFirst ? formatTypedDate(today, locale) : localIsoDate(today);
}

/** The rows left out, each with why, and the rows read with a doubt (a CSV row shorter than its header). */
function RowReports({ report }: { report: ImportReport }) {
  const { t, locale } = useT(dataStrings);
  const app = useApp();
  // A count of cells or columns is a phrase of its own, so each number finds its plural form.
  const widths = (r: { cells: number; columns: number }) => ({ cells: t('cellCount', { count: r.cells }), columns: t('columnCount', { count: r.columns }) });
  const skipText = (row: number, reason: SkipReason) =>
    reason.kind === 'empty'
      ? t('skip.empty', { row })
      : reason.kind === 'unknown-value'
        ? t('skip.unknown-value', { row, value: reason.value, field: t(`field.${reason.field}`) })
        : reason.kind === 'extra-cells'
          ? t('skip.extra-cells', { row, ...widths(reason) })
          : reason.kind === 'invalid-date'
            ? t('skip.invalid-date', { row, value: reason.value, example: importDateExample(app.clock.now(), locale) })
            : t(`skip.${reason.kind}`, { row, value: reason.value });
  const warnText = (row: number, warning: RowWarning) => t(`warn.${warning.kind}`, { row, ...widths(warning) });
  return (
    <>
      <RowList heading={t('skippedHeading')} testId="skipped-rows" rows={report.skipped.map((s) => ({ row: s.row, text: skipText(s.row, s.reason) }))} />
      <RowList heading={t('warnedHeading')} testId="rows-to-check" rows={report.warned.map((w) => ({ row: w.row, text: warnText(w.row, w.warning) }))} />
    </>
  );
}

/** Why the import stopped, how many rows it imported first, and that Import goes on from there. */
function StoppedImport({ error }: { error: unknown }) {
  const { t, locale } = useT(dataStrings);
  const failure = useT(failureStrings).t;
  const words = useFailureWords();
  if (!(error instanceof ImportStoppedError)) return <FailureMessage {...words(t('notStarted'), error)} />;
  const text = t(`stopped.${error.reason}`, { count: error.rowsTotal, done: error.rowsImported.toLocaleString(locale), total: error.rowsTotal.toLocaleString(locale) });
  // Full storage says what to do; any other refusal needs the administrator.
  return <FailureMessage text={text} code={error.reason === 'not-saved' ? failure('code', { code: error.code }) : null} />;
}

/** Import of clients and contacts: file, column mapping, a checked preview, then the import with its report. */
export function ImportSection() {
  const { t, locale } = useT(dataStrings);
  const labelled = useFailedLabel();
  const app = useApp();
  const styles = useStyles();
  const headingId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  // A tab is named; the other separators show as themselves: (, and ;).
  const separatorName = (sep: string) => (sep === '\t' ? t('separator.tab') : sep);
  const separatorNames = (clash: UnreadableFileError['separators']): Record<string, string> =>
    clash ? { header: separatorName(clash.header), ...(clash.rows ? { rows: separatorName(clash.rows) } : {}) } : {};
  const { state, mapping, choose, remap, check, importRows } = useImport();
  const words = useFailureWords();
  const loaded = 'table' in state ? state : null;
  // Counts reach thousands here: written as the locale groups digits ("2,400", "2 400").
  const number = (value: number) => value.toLocaleString(locale);
  const busy = state.phase === 'reading' || state.phase === 'checking' || state.phase === 'importing';
  const mapsSomething = mapping.clientName !== undefined || mapping.email !== undefined;
  // The Import button that had the focus goes once the import is done: its report takes the focus, not the page.
  const focusOnArrival = useCallback((report: HTMLElement | null) => report?.focus(), []);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t('import')}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t('importHint')}</Caption1>
      {/* The browser's own file button speaks the browser's language, not the pane's. */}
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('chooseFile')}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Emptied, so the same file chosen again after fixing it is read again.
          e.target.value = '';
          if (file) void choose(file);
        }}
      />
      <div>
        <Button icon={<DocumentArrowUpRegular />} disabledFocusable={busy} onClick={() => fileInput.current?.click()}>
          {t('chooseFileButton')}
        </Button>
      </div>
      {state.phase === 'reading' && <ProgressBar aria-label={t('reading')} />}
      {state.phase === 'unreadable' &&
        (state.error instanceof UnreadableFileError ? (
          <MessageBar intent="error">
            <MessageBarBody>{t(`unreadable.${state.error.reason}`, { ...state.error.at, ...separatorNames(state.error.separators) })}</MessageBarBody>
          </MessageBar>
        ) : (
          <FailureMessage {...labelled((message) => t('readFailed', { message }), state.error)} />
        ))}
      {loaded && (
        <>
          <Text>{t('fileSummary', { file: loaded.fileName, rows: t('rowCount', { count: loaded.table.rows.length, rows: number(loaded.table.rows.length) }), columns: t('columnCount', { count: loaded.table.headers.length }) })}</Text>
          <Text weight="semibold">{t('mapping')}</Text>
          <Caption1 className={styles.hint}>{t('mappingHint')}</Caption1>
          <div className={styles.grid}>
            {app.data.importFields.map((field: ImportField) => (
              <Field key={field} label={t(`field.${field}`)} orientation="horizontal">
                <Select
                  value={mapping[field] === undefined ? '' : String(mapping[field])}
                  disabled={busy || state.phase === 'imported'}
                  onChange={(_, d) => remap({ ...mapping, [field]: d.value === '' ? undefined : Number(d.value) })}
                >
                  <option value="">{t('notImported')}</option>
                  {loaded.table.headers.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {h || `#${i + 1}`}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
          {!mapsSomething && <Caption1>{t('needName')}</Caption1>}
          {(state.phase === 'checking' || state.phase === 'importing') && (
            <Field
              validationMessage={state.progress ? t(state.progress.phase === 'checking' ? 'checking' : 'writing', { done: number(state.progress.done), total: number(state.progress.total) }) : undefined}
              validationState="none"
            >
              <ProgressBar value={state.progress ? state.progress.done / Math.max(1, state.progress.total) : undefined} aria-label={t('import')} />
            </Field>
          )}
          {state.phase === 'mapping' && state.error !== undefined && <FailureMessage {...words(t('checkFailed'), state.error)} />}
          {state.phase === 'stopped' && <StoppedImport error={state.error} />}
          {'preview' in state && (
            <MessageBar intent={state.preview.skipped.length || state.preview.warned.length ? 'warning' : 'info'}>
              {/* Once Import was chosen, some rows may be saved: the check's counts stay, without "nothing is saved yet". */}
              <MessageBarBody>{t(state.phase === 'previewed' ? 'previewSummary' : 'checkedSummary', { created: number(state.preview.created), merged: number(state.preview.merged), skipped: number(state.preview.skipped.length) })}</MessageBarBody>
            </MessageBar>
          )}
          {'preview' in state && <RowReports report={state.preview} />}
          {state.phase === 'imported' && (
            <MessageBar intent="success" tabIndex={-1} ref={focusOnArrival}>
              <MessageBarBody>{t('reportSummary', { created: number(state.report.created), merged: number(state.report.merged), skipped: number(state.report.skipped.length) })}</MessageBarBody>
            </MessageBar>
          )}
          {state.phase === 'imported' && <RowReports report={state.report} />}
          {state.phase !== 'imported' && (
            <div className={styles.actions}>
              <Button icon={<CheckmarkRegular />} disabled={!mapsSomething} disabledFocusable={busy} onClick={check}>
                {t('check')}
              </Button>
              <Button appearance="primary" icon={<ArrowImportRegular />} disabled={!busy && state.phase !== 'previewed' && state.phase !== 'stopped'} disabledFocusable={busy} onClick={importRows}>
                {t('importRows')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
