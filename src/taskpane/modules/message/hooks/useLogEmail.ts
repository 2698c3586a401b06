import { useState } from 'react';
import type { LogEmailResult } from '../../../../app/logEmail';
import type { StoredPart } from '../../../../domain/model/LoggingSettings';
import type { ReadItem } from '../../../../domain/ports';
import { useApp } from '../../../ui/AppContext';

type LogState =
  | { phase: 'idle' }
  | { phase: 'logging' }
  | { phase: 'done'; result: LogEmailResult }
  | { phase: 'failed'; error: unknown };

/** One-click logging of the open message; the state says what the button and messages show. */
export function useLogEmail(item: ReadItem) {
  const app = useApp();
  const [state, setState] = useState<LogState>({ phase: 'idle' });
  const log = async (clientId: string, contactIds: string[], storedPart?: StoredPart) => {
    setState({ phase: 'logging' });
    try {
      setState({ phase: 'done', result: await app.logEmail(item, clientId, contactIds, { storedPart }) });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };
  return { state, log };
}
