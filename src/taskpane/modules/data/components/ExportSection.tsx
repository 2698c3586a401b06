import { Button, Caption1, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowExportRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ExportFormat, ExportTable } from '../../../../app/dataUseCases';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { dataStrings } from '../dataStrings';
import { downloadFile } from '../utils/downloadFile';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  tables: { display: 'flex', flexDirection: 'column' },
});

type ExportState = { phase: 'idle' } | { phase: 'exporting' } | { phase: 'done'; files: string[] } | { phase: 'failed'; error: unknown };

/** Clients, contacts, deals, history, planned receipts and payments to CSV files or one .xlsx workbook. */
export function ExportSection() {
  const { t } = useT(dataStrings);
  const labelled = useFailedLabel();
  const app = useApp();
  const styles = useStyles();
  const headingId = useId();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [tables, setTables] = useState<readonly ExportTable[]>(app.data.exportTables);
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const toggle = (table: ExportTable, on: boolean) => setTables(app.data.exportTables.filter((x) => (x === table ? on : tables.includes(x))));
  const run = async () => {
    setState({ phase: 'exporting' });
    try {
      const files = await app.data.exportData(format, tables);
      files.forEach(downloadFile);
      setState({ phase: 'done', files: files.map((f) => f.fileName) });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t('export')}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t('exportHint')}</Caption1>
      <div className={styles.tables} role="group" aria-labelledby={headingId}>
        {app.data.exportTables.map((table) => (
          <Checkbox key={table} label={t(`table.${table}`)} checked={tables.includes(table)} onChange={(_, d) => toggle(table, d.checked === true)} />
        ))}
      </div>
      <Field label={t('format')}>
        <Select value={format} onChange={(_, d) => setFormat(d.value as ExportFormat)}>
          <option value="xlsx">Excel (.xlsx)</option>
          <option value="csv">CSV</option>
        </Select>
      </Field>
      <div>
        {/* Focusable while it works, so the keyboard stays on Export rather than falling to the page. */}
        <Button icon={<ArrowExportRegular />} disabled={!tables.length} disabledFocusable={state.phase === 'exporting'} onClick={run}>
          {state.phase === 'exporting' ? t('exporting') : t('exportButton')}
        </Button>
      </div>
      {state.phase === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('exported', { files: state.files.join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'failed' && (
        <FailureMessage {...labelled((message) => t('exportFailed', { message }), state.error)} />
      )}
    </section>
  );
}
