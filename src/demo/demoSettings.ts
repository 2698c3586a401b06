import { demoLanguages, type DemoLanguage, type DemoTheme } from '../adapters/office/demo/DemoMailbox';

export type DemoSettings = { language: DemoLanguage; theme: DemoTheme };

const KEY = 'clientbook.demo.settings';

/** The demo's display language nearest the browser's: Ukrainian for uk or ru, British English for en-GB, else US English. */
function browserLanguage(language: string): DemoLanguage {
  if (/^(uk|ru)\b/i.test(language)) return 'uk-UA';
  return /^en-GB$/i.test(language) ? 'en-GB' : 'en-US';
}

/** The display settings the demo last had; on a first visit, the browser's language and colour scheme. */
export function loadDemoSettings(storage: Pick<Storage, 'getItem'> | undefined, win: Pick<Window, 'matchMedia' | 'navigator'>): DemoSettings {
  const fallback: DemoSettings = {
    language: browserLanguage(win.navigator.language),
    theme: win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  };
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<DemoSettings> | null;
    return {
      language: saved?.language && demoLanguages.includes(saved.language) ? saved.language : fallback.language,
      theme: saved?.theme === 'dark' || saved?.theme === 'light' ? saved.theme : fallback.theme,
    };
  } catch {
    // A corrupt entry: start from the browser's settings, as on a first visit.
    return fallback;
  }
}

export function saveDemoSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: DemoSettings): void {
  storage?.setItem(KEY, JSON.stringify(settings));
}
