import { useEffect, useState } from 'react';
import type { SavedAttachment } from '../../../../domain/model/HistoryEntry';
import { useApp } from '../../../ui/AppContext';

/**
 * A saved attachment's content as a data URL, read from the document library (this computer's
 * copy when there is one) once `wanted` is true: a history of many emails loads no file unasked.
 */
export function useStoredDocument(attachment: SavedAttachment, wanted: boolean) {
  const app = useApp();
  const [state, setState] = useState<{ id: string; url: string | null; error: unknown }>({ id: '', url: null, error: null });
  useEffect(() => {
    if (!wanted || !app.mailings) return;
    let current = true;
    app.mailings.documentContent(attachment.documentId).then(
      (content) => current && setState({ id: attachment.documentId, url: `data:${attachment.contentType};base64,${content}`, error: null }),
      (error: unknown) => current && setState({ id: attachment.documentId, url: null, error }),
    );
    return () => {
      current = false;
    };
  }, [app, attachment.documentId, attachment.contentType, wanted]);
  const mine = state.id === attachment.documentId;
  return { url: mine ? state.url : null, error: mine ? state.error : null, loading: wanted && !mine };
}
