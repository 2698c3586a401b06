import { initI18n, languageFor } from '../../../src/taskpane/i18n/i18n';

const strings = {
  ns: 'sample',
  en: { title: 'Clients', greeting: 'Hello, {{name}}', due_one: '{{count}} contact due', due_other: '{{count}} contacts due', onlyEnglish: 'Export' },
  uk: {
    title: 'Клієнти',
    greeting: 'Вітаю, {{name}}',
    due_one: '{{count}} контакт',
    due_few: '{{count}} контакти',
    due_many: '{{count}} контактів',
    due_other: '{{count}} контакту',
  } as Record<string, string>,
};

describe('the pane translator', () => {
  it('follows Outlook’s display language: Ukrainian (and Russian) in Ukrainian, the rest in English', () => {
    expect(languageFor('uk-UA')).toBe('uk');
    expect(languageFor('ru-RU')).toBe('uk');
    expect(languageFor('de-DE')).toBe('en');
  });

  it('fills the values in and picks the Ukrainian plural form the number needs', async () => {
    const uk = await initI18n('uk');
    expect(uk.t(strings, 'greeting', { name: 'Олена' })).toBe('Вітаю, Олена');
    expect([1, 3, 5, 21].map((count) => uk.t(strings, 'due', { count }))).toEqual(['1 контакт', '3 контакти', '5 контактів', '21 контакт']);
  });

  it('uses the English plural rules in English', async () => {
    const en = await initI18n('en');
    expect(en.t(strings, 'due', { count: 1 })).toBe('1 contact due');
    expect(en.t(strings, 'due', { count: 0 })).toBe('0 contacts due');
  });

  it('shows English for a text the Ukrainian strings lack, and the key for one that exists nowhere', async () => {
    const uk = await initI18n('uk');
    expect(uk.t(strings, 'onlyEnglish')).toBe('Export');
    expect(uk.t(strings, 'missing')).toBe('missing');
  });
});
