/**
 * Which tabs a row of `room` px shows: all when they fit; else, in `order` (the first is kept
 * whatever its width), each tab that still fits beside those before it with More's width kept
 * free. A tab too wide for what is left does not stop the ones after it: a narrower one later in
 * the order takes the room (Fluent's overflow stopped at the first that did not fit, leaving
 * Ukrainian's «Ще» beside half an empty row). `room` 0 means not laid out (jsdom): all show.
 */
export function tabsInRow<T>(order: readonly T[], widthOf: (tab: T) => number, room: number, moreWidth: number): Set<T> {
  const all = new Set(order);
  if (room <= 0 || order.reduce((sum, tab) => sum + widthOf(tab), 0) <= room) return all;
  const kept = new Set<T>();
  let used = moreWidth;
  for (const tab of order) {
    const width = widthOf(tab);
    if (kept.size > 0 && used + width > room) continue;
    kept.add(tab);
    used += width;
  }
  return kept;
}
