/**
 * Ukrainian tables that stay out of the app's first chunks (fullPane): an English-speaking pane
 * never loads them, and a Ukrainian one loads them in initI18n, before the app's first render, so
 * it never shows English first. Only for the strings of modules in those chunks (home, the open
 * message): they are evaluated before initI18n runs, so their tables are known by then; a lazily
 * loaded module keeps both languages in one object, which arrive together anyway.
 */
const pending: (() => Promise<void>)[] = [];

/** A module's Ukrainian table, empty until loadLazyUk has filled it in place. */
export function lazyUk<K extends string>(load: () => Promise<Record<K, string>>): Record<K, string> {
  const table = {} as Record<K, string>;
  let loading: Promise<void> | undefined;
  pending.push(() => (loading ??= load().then((loaded) => void Object.assign(table, loaded))));
  return table;
}

/** Fills every Ukrainian table lazyUk made; initI18n awaits it for a Ukrainian pane. */
export async function loadLazyUk(): Promise<void> {
  await Promise.all(pending.map((load) => load()));
}
