import { useCallback, useSyncExternalStore } from 'react';
import type { DemoMailbox } from '../adapters/office/demo/DemoMailbox';
import type { DemoFolder } from '../adapters/office/demo/DemoMessage';

/** The mailbox as the page shows it, re-read on every change (selection, messages, categories, settings). */
export function useMailbox(mailbox: DemoMailbox, folder: DemoFolder) {
  const subscribe = useCallback(
    (changed: () => void) => {
      const offs = [mailbox.on('selection', changed), mailbox.on('messages', changed), mailbox.on('settings', changed)];
      return () => offs.forEach((off) => off());
    },
    [mailbox],
  );
  useSyncExternalStore(subscribe, () => mailbox.revision);
  return {
    messages: mailbox.messages(folder),
    selected: mailbox.selected(),
    language: mailbox.language,
    theme: mailbox.theme,
  };
}
