import type { Strings } from '../../i18n/useT';

type Key =
  | 'label'
  | 'local-only'
  | 'offline'
  | 'pushing'
  | 'pulling'
  | 'in-sync'
  | 'error'
  | 'sign-in-needed'
  | 'upgrade-needed'
  | 'pending_one'
  | 'pending_few'
  | 'pending_many'
  | 'pending_other'
  | 'nonePending';

export const syncStatusStrings = {
  ns: 'syncStatus',
  en: {
    label: 'Save and sync status',
    'local-only': 'Saved on this device',
    offline: 'Offline: saved on this device',
    pushing: 'Sending changes to the team store…',
    pulling: 'Getting the team’s changes…',
    'in-sync': 'In sync with the team store',
    error: 'Sync failed; it will retry',
    'sign-in-needed': 'Sign-in needed to sync with the team store',
    'upgrade-needed': 'The team store needs an update: Settings → Team store → Connect',
    pending_one: '{{count}} change waiting for the team store',
    pending_few: '{{count}} changes waiting for the team store',
    pending_many: '{{count}} changes waiting for the team store',
    pending_other: '{{count}} changes waiting for the team store',
    nonePending: 'nothing waiting',
  },
  uk: {
    label: 'Стан збереження і синхронізації',
    'local-only': 'Збережено на цьому пристрої',
    offline: 'Немає з’єднання: збережено на цьому пристрої',
    pushing: 'Надсилаємо зміни до спільного сховища…',
    pulling: 'Отримуємо зміни команди…',
    'in-sync': 'Синхронізовано зі спільним сховищем',
    error: 'Синхронізація не вдалася; повторимо',
    'sign-in-needed': 'Щоб синхронізувати зі спільним сховищем, потрібен вхід',
    'upgrade-needed': 'Спільне сховище треба оновити: Налаштування → Спільне сховище → Підключити',
    pending_one: '{{count}} зміна чекає на спільне сховище',
    pending_few: '{{count}} зміни чекають на спільне сховище',
    pending_many: '{{count}} змін чекають на спільне сховище',
    pending_other: '{{count}} зміни чекають на спільне сховище',
    nonePending: 'нічого не чекає',
  },
} satisfies Strings<Key>;
