import type { ReferenceItem, ReferenceList } from '../../domain/model/ReferenceItem';
import { useT } from '../i18n/useT';
import { useApp } from './AppContext';
import { referenceStrings } from './referenceStrings';
import { useLive } from './useLive';

// The last lists each app answered: a screen that mounts shows labels at once instead of
// flashing raw codes while its own live query starts; the live query then keeps them current.
const lastKnown = new WeakMap<object, ReferenceItem[]>();

/**
 * The editable picklists in the current language. `choices` hides archived values for new
 * choices but keeps the one a record already has, so old records still show their value.
 */
export function useReferenceItems() {
  const app = useApp();
  const { lang } = useT(referenceStrings);
  const { data, loading, error } = useLive(() => app.queries.referenceItems(), []);
  if (data) lastKnown.set(app, data);
  const items: ReferenceItem[] = data ?? lastKnown.get(app) ?? [];

  const find = (list: ReferenceList, code: string) => items.find((i) => i.list === list && i.code === code);
  return {
    loading,
    error,
    /** The label of a code in the current language; the code itself when the list no longer has it. */
    labelOf: (list: ReferenceList, code: string): string => {
      const item = find(list, code);
      return item ? item.labels[lang] || item.labels.en : code;
    },
    choices: (list: ReferenceList, current = ''): { code: string; label: string }[] =>
      items
        .filter((i) => i.list === list && (!i.archived || i.code === current))
        .sort((a, b) => a.order - b.order)
        .map((i) => ({ code: i.code, label: i.labels[lang] || i.labels.en })),
  };
}
