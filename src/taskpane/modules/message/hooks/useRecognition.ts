import { useCallback, useEffect, useState } from 'react';
import type { EmailParticipant } from '../../../../domain/model/HistoryEntry';
import type { MailItem, ReadItem } from '../../../../domain/ports';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

type Recipients = { to: EmailParticipant[]; cc: EmailParticipant[] };

/**
 * A compose item's recipients as the read-mode shape recognizeMessage takes: no sender, no
 * message id, so nothing about it can be logged — only its recipients are matched.
 */
function recipientsAsItem(itemId: string, { to, cc }: Recipients): ReadItem {
  return { mode: 'read', itemId, internetMessageId: '', conversationId: '', subject: '', from: null, sender: null, to, cc, date: '', attachments: [] };
}

/** Outlook reads compose recipients asynchronously; `refresh` reads them again after the user edits them. */
function useComposeRecipients(item: MailItem) {
  const [state, setState] = useState<{ itemId: string; version: number; recipients: Recipients | null; error: unknown }>({
    itemId: '',
    version: 0,
    recipients: null,
    error: undefined,
  });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (item.mode !== 'compose') return;
    let cancelled = false;
    item.getRecipients().then(
      (recipients) => !cancelled && setState({ itemId: item.itemId, version, recipients, error: undefined }),
      (error: unknown) => !cancelled && setState({ itemId: item.itemId, version, recipients: null, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [item, version]);
  const current = state.itemId === item.itemId;
  return {
    recipients: current ? state.recipients : null,
    error: current ? state.error : undefined,
    refresh: useCallback(() => setVersion((v) => v + 1), []),
  };
}

const participantKey = (item: ReadItem) =>
  [item.from, item.sender, ...item.to, ...item.cc].map((p) => (p ? `${p.name}<${p.email}>` : '-')).join(',');

/**
 * Who the open item's participants are, kept live: adding a contact or logging the email in
 * this pane (or another) updates the view at once. For a logged message, also its entry.
 */
export function useRecognition(item: MailItem) {
  const app = useApp();
  const compose = useComposeRecipients(item);
  const readItem: ReadItem | null = item.mode === 'read' ? item : compose.recipients ? recipientsAsItem(item.itemId, compose.recipients) : null;
  const live = useLive(
    async () => {
      if (!readItem) return null;
      const recognition = await app.recognizeMessage(readItem);
      const entry = recognition.logged ? ((await app.queries.historyEntry(recognition.entryId)) ?? null) : null;
      const loggedClient = entry
        ? (recognition.clients.find((c) => c.id === entry.clientId) ?? (await app.queries.clientCard(entry.clientId)).client)
        : null;
      return { recognition, entry, loggedClient };
    },
    [item.mode, item.itemId, readItem ? participantKey(readItem) : '', item.mode === 'read' ? item.internetMessageId : ''],
  );
  return {
    /** The read item itself, or null while a compose item's recipients are being read. */
    readItem: item.mode === 'read' ? item : null,
    recognition: live.data?.recognition ?? null,
    loggedEntry: live.data?.entry ?? null,
    loggedClient: live.data?.loggedClient ?? null,
    loading: live.loading || (item.mode === 'compose' && !compose.recipients && !compose.error),
    error: live.error ?? compose.error,
    refreshRecipients: compose.refresh,
  };
}
