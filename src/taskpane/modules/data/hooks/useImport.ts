import { useState } from 'react';
import type { ColumnMapping, ImportProgress, ImportReport, Table } from '../../../../app/dataUseCases';
import { useApp } from '../../../ui/AppContext';
import { readFileBytes } from '../utils/readFileBytes';

export type ImportState =
  | { phase: 'empty' }
  | { phase: 'reading' }
  | { phase: 'mapping'; fileName: string; table: Table }
  | { phase: 'checking' | 'importing'; fileName: string; table: Table; progress: ImportProgress | null }
  | { phase: 'previewed'; fileName: string; table: Table; preview: ImportReport }
  | { phase: 'imported'; fileName: string; table: Table; report: ImportReport }
  | { phase: 'failed'; step: 'read' | 'import'; error: unknown };

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
      setState({ phase: 'failed', step: 'read', error });
    }
  };

  const run = async (mode: 'check' | 'import') => {
    if (!('table' in state)) return;
    const { fileName, table } = state;
    const phase = mode === 'check' ? 'checking' : 'importing';
    setState({ phase, fileName, table, progress: null });
    const onProgress = (progress: ImportProgress) => setState({ phase, fileName, table, progress });
    try {
      if (mode === 'check') setState({ phase: 'previewed', fileName, table, preview: await app.data.previewImport(table, mapping, onProgress) });
      else setState({ phase: 'imported', fileName, table, report: await app.data.runImport(table, mapping, onProgress) });
    } catch (error) {
      setState({ phase: 'failed', step: 'import', error });
    }
  };

  const remap = (next: ColumnMapping) => {
    setMapping(next);
    // A new mapping invalidates the preview: check again before importing.
    if (state.phase === 'previewed') setState({ phase: 'mapping', fileName: state.fileName, table: state.table });
  };

  return { state, mapping, choose, remap, check: () => run('check'), importRows: () => run('import') };
}
