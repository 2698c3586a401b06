import { useCallback } from 'react';
import type { EditedRecord } from '../../app/DeletedWhileEditingError';
import { formatMoney } from '../../domain/model/Money';
import { useT } from '../i18n/useT';
import { deletedRecordStrings } from './deletedRecordStrings';
import { formatDate } from './localDates';
import { quotedName } from './quotedName';

/**
 * The words for an edit refused because a colleague deleted the record (DeletedWhileEditingError),
 * naming the record as the form opened it. `after` 'row': said in a list's kept row before any save,
 * so without "Nothing was saved".
 */
export function useDeletedRecordMessage() {
  const { t, lang, locale } = useT(deletedRecordStrings);
  return useCallback(
    (edited: EditedRecord, after: 'save' | 'row' = 'save'): string => {
      const named =
        edited.kind === 'payment'
          ? t('payment', { amount: formatMoney({ minor: edited.amountMinor, currency: edited.currency }, locale), date: formatDate(edited.date, locale) })
          : edited.kind === 'invoice'
            ? t('invoice', { number: edited.number })
            : t(edited.kind, { name: quotedName('name' in edited ? edited.name : edited.title, lang) });
      return after === 'row' ? named : `${named} ${t('notSaved')}`;
    },
    [t, lang, locale],
  );
}
