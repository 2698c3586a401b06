/**
 * Search text as the search compares it: lower case, accents and apostrophes dropped, so "Élodie"
 * is found by "elodie" and «Мар’яна» by «марʼяна» (й and ї fold to и and і on both sides alike).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’ʼ`]/g, '')
    .toLowerCase();
}

/** The distinct folded words of a name ("Олена Литвиненко-Коваль" → олена, литвиненко, коваль). */
export function searchWordsOf(text: string): string[] {
  return [...new Set(foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}

/** Whether every word typed starts a word of the name, in any order: "олена лит" finds Олена Литвиненко. */
export function wordsMatch(typed: readonly string[], words: readonly string[]): boolean {
  return typed.length > 0 && typed.every((t) => words.some((w) => w.startsWith(t)));
}
