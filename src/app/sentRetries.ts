import type { ReadItem } from '../domain/ports';
import { safeLocalStorage } from './safeLocalStorage';

/**
 * Sent messages auto-log could not log yet (a body Graph would not give, a write that failed):
 * Sent Items' delta has already moved past them, so without this list they would never be logged.
 */
export type SentRetry = { item: ReadItem; attempts: number };

export type SentRetries = { load(): SentRetry[]; save(retries: SentRetry[]): void };

/** Tries per message before auto-log leaves it to the user (a message deleted or moved stays unreadable). */
export const SENT_RETRY_ATTEMPTS = 5;

/**
 * Kept in localStorage beside Sent Items' reading position (localDeltaLinks), one list per pane
 * database and mailbox; without storage it lasts for the pane's life. Unreadable JSON is an empty list.
 */
export function localSentRetries(key: string, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = safeLocalStorage()): SentRetries {
  const name = `clientbook.sentRetries.${key}`;
  let memory: SentRetry[] = [];
  return {
    load() {
      if (!storage) return memory;
      try {
        const parsed: unknown = JSON.parse(storage.getItem(name) ?? '[]');
        return Array.isArray(parsed) ? (parsed as SentRetry[]) : [];
      } catch {
        return [];
      }
    },
    save(retries) {
      memory = retries;
      if (!storage) return;
      if (retries.length) storage.setItem(name, JSON.stringify(retries));
      else storage.removeItem(name);
    },
  };
}
