import type { Strings } from '../i18n/useT';

/** The question asked before a form that holds what the user typed closes: by its Cancel, by Escape, or by leaving it (Back, a section, a tab). */
export const formCancelStrings = {
  ns: 'formCancel',
  en: {
    title: 'Close without saving?',
    body: 'What you typed in this form is not saved yet. Closing it loses it.',
    discard: 'Close without saving',
    keepEditing: 'Keep editing',
  },
  uk: {
    title: 'Закрити без збереження?',
    body: 'Те, що ви ввели в цій формі, ще не збережено. Якщо закрити її, це буде втрачено.',
    discard: 'Закрити без збереження',
    keepEditing: 'Продовжити редагування',
  },
} satisfies Strings<'title' | 'body' | 'discard' | 'keepEditing'>;
