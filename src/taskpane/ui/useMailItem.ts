import { useEffect, useState } from 'react';
import type { MailItem } from '../../domain/ports';
import { useApp } from './AppContext';

/** The message open in Outlook now; follows the selection in a pinned pane (null: nothing open). */
export function useMailItem(): { item: MailItem | null } {
  const app = useApp();
  const [item, setItem] = useState<MailItem | null>(() => app.host.currentItem());
  useEffect(() => app.host.onItemChanged(setItem), [app]);
  return { item };
}
