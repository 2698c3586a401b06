// Beside its bar a label takes what the bars do not: at 320–360 px about this many characters
// leave the bars half the width (the bar's callout and accessible name keep the label whole).
export const LABEL_CHARS = 24;

const PART = ' · ';

function cutEnd(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/** The head and the tail kept, the middle dropped: "Recommendati… a customer". The tail starts a word where it can. */
function cutMiddle(text: string, chars: number): string {
  if (text.length <= chars) return text;
  let tail = text.slice(text.length - Math.floor((chars - 2) / 2));
  const wordStart = tail.indexOf(' ');
  if (text[text.length - tail.length - 1] !== ' ' && wordStart >= 0 && wordStart < tail.length - 1) tail = tail.slice(wordStart + 1);
  tail = tail.trimStart();
  return `${text.slice(0, chars - 2 - tail.length).trimEnd()}… ${tail}`;
}

// The least of a grouped label's first part that tells it from the others ("Price to…", "Зависока…").
const FIRST_CHARS = 9;

/**
 * A label short enough to sit beside its bar. A grouped query's label ("Andrii Bondar · Q1 2026")
 * shortens each part to its own room: the first to `room`, the last to what is left of the line.
 * Rows of one owner differ only at the end, so cutting the end ("Andrii Bondar · 2026-…") made them
 * read the same; a long last part ("Did not understand the benefits · IT and software") took the
 * whole label's middle out, and reasons read alike ("Did not understan… (UAH)"). A single value
 * loses its middle, keeping both ends.
 */
function shortLabel(label: string, chars: number, room: number): string {
  const parts = label.split(PART);
  const last = parts.pop()!;
  if (parts.length === 0) return cutMiddle(label, chars);
  const first = cutEnd(parts.join(PART), room);
  return `${first}${PART}${cutEnd(last, chars - PART.length - first.length)}`;
}

/**
 * Each label at most `chars` long and none the same as another (the chart stacks the bars of one
 * label into one). Two that still shorten alike keep more of their end; as a last resort an
 * invisible mark sets them apart, so no label is ever shown whole at the bars' expense.
 */
export function shortLabels(labels: readonly string[], chars = LABEL_CHARS): string[] {
  if (labels.every((label) => label.length <= chars)) return dedupe(labels, labels, chars);
  // Once one label is cut, every grouped label's first part is cut alike ("Andrii B… · I кв. 2026"
  // above "Andrii B… · III кв. 2026", not "Andrii Bon…" above "Andrii B…"): the column reads evenly.
  // The last parts keep what room they need, but leave the first ones enough to tell them apart.
  const lasts = labels.filter((label) => label.includes(PART)).map((label) => label.slice(label.lastIndexOf(PART) + PART.length).length);
  const room = chars - PART.length - Math.min(Math.max(0, ...lasts), chars - PART.length - FIRST_CHARS);
  return dedupe(
    labels.map((label) => shortLabel(label, chars, room)),
    labels,
    chars,
  );
}

function dedupe(shorts: readonly string[], labels: readonly string[], chars: number): string[] {
  const used = new Set<string>();
  return shorts.map((first, i) => {
    const label = labels[i]!;
    let short = first;
    if (used.has(short) && label.length > chars) {
      const tailOnly = `…${label.slice(label.length - chars + 1).trimStart()}`;
      short = used.has(tailOnly) ? short : tailOnly;
    }
    while (used.has(short)) short += '\u200b';
    used.add(short);
    return short;
  });
}
