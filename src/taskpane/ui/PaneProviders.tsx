import { FluentProvider, type Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { App } from '../../app/createApp';
import type { I18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppContext } from './AppContext';
import { useHostTheme } from './useHostTheme';

/*
 * The provider paints the theme's background, so it must fill the pane (dark theme included). Not
 * through className: Fluent gives the provider's classes to every portal (menus, dialogs), whose
 * mount node would then cover the whole pane with the background, hiding it behind an open menu.
 */
const fill = { height: '100%' } as const;

/** `theme`: Outlook's when the pane opened; the pane follows later changes itself. */
type PaneProvidersProps = { app: App; i18n: I18n; theme: Theme; children: ReactNode };

/** Everything a pane component needs around it: Outlook's theme (see themeFor), the UI language, and the app. */
export function PaneProviders({ app, i18n, theme: initialTheme, children }: PaneProvidersProps) {
  const { theme } = useHostTheme(app, initialTheme);
  return (
    <FluentProvider theme={theme} style={fill}>
      <I18nProvider i18n={i18n}>
        <AppContext.Provider value={app}>{children}</AppContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}
