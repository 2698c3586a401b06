import { FluentProvider, makeStyles, type Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { App } from '../../app/createApp';
import type { I18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppContext } from './AppContext';

// The provider paints the theme's background, so it must fill the pane (dark theme included).
const useStyles = makeStyles({ fill: { height: '100%' } });

type PaneProvidersProps = { app: App; i18n: I18n; theme: Theme; children: ReactNode };

/** Everything a pane component needs around it: Outlook's theme (see themeFor), the UI language, and the app. */
export function PaneProviders({ app, i18n, theme, children }: PaneProvidersProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.fill}>
      <I18nProvider i18n={i18n}>
        <AppContext.Provider value={app}>{children}</AppContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}
