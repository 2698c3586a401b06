import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  title: { margin: 0 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

// Shown before i18n exists (it may be what failed), so the text lives here in both languages.
const text = {
  en: {
    title: 'Clientbook could not start',
    storage:
      'Clientbook keeps your clients on this device, and the browser refused its storage. Private (InPrivate) windows and some privacy settings block it: open Outlook in a normal window, or allow site data for Outlook.',
    other: 'Something went wrong while starting the pane. Reload it to try again; your saved work is kept on this device.',
    detail: 'Details: {message}',
    reload: 'Reload',
  },
  uk: {
    title: 'Clientbook не вдалося запустити',
    storage:
      'Clientbook зберігає клієнтів на цьому пристрої, а браузер не дозволив сховище. Приватні вікна (InPrivate) і деякі налаштування приватності його блокують: відкрийте Outlook у звичайному вікні або дозвольте дані сайтів для Outlook.',
    other: 'Під час запуску панелі сталася помилка. Перезавантажте її, щоб спробувати знову; збережене лишається на цьому пристрої.',
    detail: 'Подробиці: {message}',
    reload: 'Перезавантажити',
  },
};

/** IndexedDB missing or refused (private windows, blocked site data), as browsers and Dexie report it. */
function isStorageFailure(error: unknown): boolean {
  const names = ['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError', 'SecurityError', 'UnknownError'];
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (names.includes(e.name) || /indexeddb/i.test(e.message)) return true;
  }
  return false;
}

type BootFailureProps = { error: unknown; language: 'en' | 'uk'; onReload: () => void };

/** What the pane shows instead of a blank page when it cannot start. */
export function BootFailure({ error, language, onReload }: BootFailureProps) {
  const styles = useStyles();
  const s = text[language];
  const message = error instanceof Error ? error.message || error.name : String(error);
  return (
    <main className={styles.box} lang={language}>
      <Subtitle2 as="h1" className={styles.title}>
        {s.title}
      </Subtitle2>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{isStorageFailure(error) ? s.storage : s.other}</MessageBarBody>
      </MessageBar>
      <Body1 className={styles.detail}>{s.detail.replace('{message}', message)}</Body1>
      <div>
        <Button appearance="primary" onClick={onReload}>
          {s.reload}
        </Button>
      </div>
    </main>
  );
}
