import { FluentProvider, makeStyles } from '@fluentui/react-components';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { App } from '../../app/createApp';
import { themeFor } from '../theme/themeFor';
import { AppContext } from './AppContext';

// The provider paints the theme's background, so it must fill the pane (dark theme included).
const useStyles = makeStyles({ fill: { height: '100%' } });

type PaneProvidersProps = { app: App; i18n: I18n; children: ReactNode };

/** Everything a pane component needs around it: Outlook's theme, the UI language, and the app. */
export function PaneProviders({ app, i18n, children }: PaneProvidersProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={themeFor(app.host.theme())} className={styles.fill}>
      <I18nextProvider i18n={i18n}>
        <AppContext.Provider value={app}>{children}</AppContext.Provider>
      </I18nextProvider>
    </FluentProvider>
  );
}
