import { useState } from 'react';
import type { MailItem } from '../../domain/ports';
import { useMailItem } from './useMailItem';

/**
 * The open message when Outlook's selection moved to it after the manager left home (null while on
 * home, or when the message is the one home showed last).
 */
export function useOtherMessage(onHome: boolean): MailItem | null {
  const { item } = useMailItem();
  const currentId = item?.itemId ?? null;
  const [seenId, setSeenId] = useState(currentId);
  // Home shows whatever is open, so whatever it showed last is what counts as seen.
  if (onHome && seenId !== currentId) setSeenId(currentId);
  return !onHome && item && item.itemId !== seenId ? item : null;
}
