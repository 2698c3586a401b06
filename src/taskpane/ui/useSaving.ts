import { useState } from 'react';

/** How a form shows what stopped its save: useFieldErrors, or a module's richer variant. */
type SaveErrors = { fail: (error: unknown) => void; clear: () => void };

/**
 * A form's save in progress. After a success the form stays "saving" because its owner closes it;
 * after a failure it is ready again, with the messages shown and everything typed kept.
 */
export function useSaving({ fail, clear }: SaveErrors) {
  const [saving, setSaving] = useState(false);
  const saveWith = async (write: () => Promise<void>) => {
    clear();
    setSaving(true);
    try {
      await write();
    } catch (error) {
      fail(error);
      setSaving(false);
    }
  };
  return { saving, saveWith };
}
