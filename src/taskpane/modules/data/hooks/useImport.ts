import { useState } from 'react';
import { ImportStoppedError, type ColumnMapping, type ImportProgress, type ImportReport, type Table } from '../../../../app/dataUseCases';
import { useApp } from '../../../ui/AppContext';
import { readFileBytes } from '../utils/readFileBytes';

type Loaded = { fileName: string; table: Table };

export type ImportState =
  | { phase: 'empty' }
  | { phase: 'reading' }
  | { phase: 'unreadable'; error: unknown }
  /** `error`: why the last check did not finish. */
  | ({ phase: 'mapping'; error?: unknown } & Loaded)
  | ({ phase: 'checking'; progress: ImportProgress | null } & Loaded)
  | ({ phase: 'previewed'; preview: ImportReport } & Loaded)
  | ({ phase: 'importing'; preview: ImportReport; progress: ImportProgress | null } & Loaded)
  /** The import failed: the file, mapping and preview stay, so Import tries again (an ImportStoppedError goes on where it stopped). */
  | ({ phase: 'stopped'; preview: ImportReport; error: unknown } & Loaded)
  | ({ phase: 'imported'; report: ImportReport } & Loaded);

/** The import's steps: read the file, map its columns, check every row (a preview), then import. */
export function useImport() {
  const app = useApp();
  const [state, setState] = useState<ImportState>({ phase: 'empty' });
  const [mapping, setMapping] = useState<ColumnMapping>({});

  const choose = async (file: File) => {
    setState({ phase: 'reading' });
    try {
      const table = await app.data.readTable(file.name, await readFileBytes(file));
      setMapping(app.data.guessMapping(table.headers));
      setState({ phase: 'mapping', fileName: file.name, table });
    } catch (error) {
      setState({ phase: 'unreadable', error });
    }
  };

  const check = async () => {
    if (!('table' in state)) return;
    const { fileName, table } = state;
    setState({ phase: 'checking', fileName, table, progress: null });
    try {
      const preview = await app.data.previewImport(table, mapping, (progress) => setState({ phase: 'checking', fileName, table, progress }));
      setState({ phase: 'previewed', fileName, table, preview });
    } catch (error) {
      setState({ phase: 'mapping', fileName, table, error });
    }
  };

  const importRows = async () => {
    if (state.phase !== 'previewed' && state.phase !== 'stopped') return;
    const { fileName, table, preview } = state;
    const stopped = state.phase === 'stopped' && state.error instanceof ImportStoppedError ? state.error : null;
    const onProgress = (progress: ImportProgress) => setState({ phase: 'importing', fileName, table, preview, progress });
    setState({ phase: 'importing', fileName, table, preview, progress: null });
    try {
      const report = stopped ? await app.data.continueImport(stopped, onProgress) : await app.data.runImport(table, mapping, onProgress);
      setState({ phase: 'imported', fileName, table, report });
    } catch (error) {
      setState({ phase: 'stopped', fileName, table, preview, error });
    }
  };

  const remap = (next: ColumnMapping) => {
    setMapping(next);
    // A new mapping invalidates the preview, and a stopped import's plan with it: check again before importing.
    if (state.phase === 'previewed' || state.phase === 'stopped') setState({ phase: 'mapping', fileName: state.fileName, table: state.table });
  };

  return { state, mapping, choose, remap, check, importRows };
}
