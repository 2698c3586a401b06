import type { Strings } from '../../i18n/useT';

const en = {
  cap: 'Largest attachment saved with a logged email (MB)',
  capHint: 'Larger attachments are listed on the history entry as not saved. 0 saves none.',
  invalidCap: 'Enter a number of MB from 0 to {{max}}.',
  saveAttachments: 'Save attachments with logged emails',
  saveAttachmentsHint: 'Into the team site’s document library, a folder per client (in single-user mode: this browser). Only when the team keeps whole emails.',
} as const;

type Key = keyof typeof en;

/** Settings of saving attachments with logged emails (issue 7). */
export const attachmentSettingsStrings: Strings<Key> = {
  ns: 'attachmentSettings',
  en,
  uk: {
    cap: 'Найбільше вкладення, що зберігається із записаним листом (МБ)',
    capHint: 'Більші вкладення показано в записі історії як не збережені. 0 — не зберігати жодного.',
    invalidCap: 'Введіть кількість МБ від 0 до {{max}}.',
    saveAttachments: 'Зберігати вкладення записаних листів',
    saveAttachmentsHint: 'У бібліотеку документів сайту команди, окрема папка для кожного клієнта (у режимі одного користувача — у цьому браузері). Лише коли команда зберігає листи повністю.',
  },
};
