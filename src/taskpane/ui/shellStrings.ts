import type { Strings } from '../i18n/useT';

/** The pane's frame: header, navigation and start-up. */
export const shellStrings = {
  ns: 'shell',
  en: {
    appName: 'Clientbook',
    back: 'Back',
    search: 'Search clients',
    mailings: 'Mailings',
    analytics: 'Analytics',
    settings: 'Settings',
    navigation: 'Clientbook navigation',
    loadingScreen: 'Loading…',
  },
  uk: {
    appName: 'Clientbook',
    back: 'Назад',
    search: 'Пошук клієнтів',
    mailings: 'Розсилки',
    analytics: 'Аналітика',
    settings: 'Налаштування',
    navigation: 'Навігація Clientbook',
    loadingScreen: 'Завантаження…',
  },
} satisfies Strings<'appName' | 'back' | 'search' | 'mailings' | 'analytics' | 'settings' | 'navigation' | 'loadingScreen'>;
