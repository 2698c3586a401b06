import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { App } from '../../app/createApp';

/**
 * The Fluent theme to paint with: the one the pane opened with, then Outlook's each time the user
 * changes it while the pane is open (MailHost.onThemeChanged). The page's color-scheme follows, so
 * native parts (scroll bars, a select's list) match. The themes load on the first change only.
 */
export function useHostTheme(app: App, initial: Theme) {
  const [theme, setTheme] = useState(initial);
  useEffect(() => {
    let live = true;
    let off = () => {};
    document.documentElement.style.colorScheme = app.host.theme();
    app.host
      .onThemeChanged?.((mode) => {
        void import('../theme/themeFor').then(({ themeFor }) => {
          if (!live) return;
          document.documentElement.style.colorScheme = mode;
          setTheme(themeFor(mode));
        });
      })
      .then(
        (unsubscribe) => {
          if (live) off = unsubscribe;
          else unsubscribe();
        },
        // Outlook refused the event: the pane keeps the theme it opened with, as before Mailbox 1.14.
        () => undefined,
      );
    return () => {
      live = false;
      off();
    };
  }, [app]);
  return { theme };
}
