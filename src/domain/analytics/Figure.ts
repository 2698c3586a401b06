/** A count with the ids of the records behind it, so every figure can be opened as a list. */
export type Figure = { count: number; ids: string[] };

export function figureOf(ids: string[]): Figure {
  return { count: ids.length, ids };
}
