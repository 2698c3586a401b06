import type { Strings } from '../i18n/useT';

/** Why something failed, where a screen has no words of its own for it: the local store's failures, and a code for the administrator (useFailureWords). */
export const failureStrings = {
  ns: 'failure',
  en: {
    storageFull: 'The device’s storage is full: free some space first.',
    storageFullAfterColon: 'the device’s storage is full. Free some space, then try again.',
    storeRefused: 'Clientbook could not read or write its data on this device; if it happens again, tell your administrator.',
    code: 'Error code for your administrator: {{code}}',
  },
  uk: {
    storageFull: 'На пристрої закінчилося місце: спершу звільніть місце.',
    storageFullAfterColon: 'на пристрої закінчилося місце. Звільніть місце й спробуйте ще раз.',
    storeRefused: 'Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора.',
    code: 'Код помилки для адміністратора: {{code}}',
  },
} satisfies Strings<'storageFull' | 'storageFullAfterColon' | 'storeRefused' | 'code'>;
