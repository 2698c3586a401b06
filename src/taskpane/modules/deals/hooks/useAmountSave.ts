import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { dealsStrings } from '../dealsStrings';
import { readAmount } from '../utils/amountInput';
import { useDealErrors } from './useDealErrors';

/**
 * Saving a form whose main field is an amount in the deal's currency: the typed amount is read
 * first (an unreadable one is reported beside the field and nothing is sent), then `write` gets it
 * in minor units, and what the app refuses comes back as field messages.
 */
export function useAmountSave(currency: string) {
  const { t } = useT(dealsStrings);
  const errors = useDealErrors();
  const [saving, setSaving] = useState(false);

  const save = async (amountText: string, write: (amountMinor: number) => Promise<void>) => {
    errors.clear();
    const read = readAmount(amountText, currency);
    if (read.problem) return errors.failLocally({ amountMinor: t(read.problem) });
    setSaving(true);
    try {
      await write(read.minor);
    } catch (error) {
      errors.fail(error);
    } finally {
      setSaving(false);
    }
  };

  return { errors, saving, save };
}
