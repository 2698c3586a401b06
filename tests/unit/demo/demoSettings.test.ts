import { loadDemoSettings } from '../../../src/demo/demoSettings';

const browser = (language: string) => ({ navigator: { language } as Navigator, matchMedia: undefined as unknown as Window['matchMedia'] });

describe('loadDemoSettings', () => {
  it('first shows the demo in the browser’s English, US or British, or in Ukrainian', () => {
    expect(loadDemoSettings(undefined, browser('en-US')).language).toBe('en-US');
    expect(loadDemoSettings(undefined, browser('en-GB')).language).toBe('en-GB');
    expect(loadDemoSettings(undefined, browser('de-DE')).language).toBe('en-US');
    expect(loadDemoSettings(undefined, browser('ru-RU')).language).toBe('uk-UA');
  });

  it('keeps the language chosen before', () => {
    const storage = { getItem: () => JSON.stringify({ language: 'en-GB', theme: 'dark' }) };
    expect(loadDemoSettings(storage, browser('en-US'))).toEqual({ language: 'en-GB', theme: 'dark' });
  });
});
