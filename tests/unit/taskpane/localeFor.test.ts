import { localeFor } from '../../../src/taskpane/i18n/localeFor';

describe('localeFor', () => {
  it('writes English in Outlook’s own region, British English when Outlook names none', () => {
    expect(localeFor('en', 'en-US')).toBe('en-US');
    expect(localeFor('en', 'en-gb')).toBe('en-GB');
    expect(localeFor('en', 'en-AU')).toBe('en-AU');
    expect(localeFor('en', 'en')).toBe('en-GB');
    expect(localeFor('en', 'de-DE')).toBe('en-GB');
    expect(localeFor('en')).toBe('en-GB');
  });

  it('writes Ukrainian as uk-UA whatever region Outlook names', () => {
    expect(localeFor('uk', 'uk-UA')).toBe('uk-UA');
    expect(localeFor('uk', 'ru-RU')).toBe('uk-UA');
  });
});
