import type { Language, ReferenceItem, ReferenceList } from '../../../../domain/model/ReferenceItem';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

export type Labels = { [L in Language]: string };

/** A readable, stable code for a new value: its English label in lower case, made unique in its list. */
function codeFor(labels: Labels, taken: ReadonlySet<string>): string {
  const base =
    labels.en
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'value';
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

/**
 * One editable picklist, archived values included, in the manager's order. Values are never
 * deleted: records keep a value's code, so a renamed or archived value still shows on them.
 */
export function useReferenceList(list: ReferenceList) {
  const app = useApp();
  const { data, loading, error } = useLive(() => app.queries.referenceItems(), []);
  const items = (data ?? []).filter((i) => i.list === list).sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));

  const rename = (item: ReferenceItem, labels: Labels) => app.saveReferenceItem({ ...item, labels });
  const setArchived = (item: ReferenceItem, archived: boolean) => app.saveReferenceItem({ ...item, archived });

  /** Swaps a value with its neighbour; every value whose position changed is saved with its new order. */
  async function move(item: ReferenceItem, step: -1 | 1) {
    const from = items.findIndex((i) => i.id === item.id);
    const to = from + step;
    if (from < 0 || to < 0 || to >= items.length) return;
    const reordered = [...items];
    [reordered[from], reordered[to]] = [reordered[to] as ReferenceItem, reordered[from] as ReferenceItem];
    await Promise.all(reordered.map((i, order) => (i.order === order ? null : app.saveReferenceItem({ ...i, order }))));
  }

  async function add(labels: Labels): Promise<ReferenceItem> {
    const code = codeFor(labels, new Set(items.map((i) => i.code)));
    const now = app.clock.now().toISOString();
    const item: ReferenceItem = {
      id: `${list}:${code}`,
      list,
      code,
      labels,
      order: items.reduce((max, i) => Math.max(max, i.order + 1), 0),
      archived: false,
      createdAt: now,
      updatedAt: now,
    };
    await app.saveReferenceItem(item);
    return item;
  }

  return { items: data ? items : undefined, loading, error, rename, setArchived, move, add };
}
