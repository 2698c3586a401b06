/* The rest of the pane, loaded while the first card is drawn: start the app, then render it. */
import type { Theme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { MailHost } from '../domain/ports';
import { startPane } from '../app/startPane';
import { App } from './App';
import { initI18nFor } from './i18n/i18n';
import { PaneProviders } from './ui/PaneProviders';

type FullPaneOptions = { frame: HTMLElement; host: MailHost; theme: Theme };

/** Starts the app on the mailbox the first paint found and renders the pane into `frame`. */
export async function renderFullPane({ frame, host, theme }: FullPaneOptions): Promise<void> {
  const [i18n, app] = await Promise.all([initI18nFor(host.displayLanguage()), startPane(host)]);
  createRoot(frame).render(
    <StrictMode>
      <PaneProviders app={app} i18n={i18n} theme={theme}>
        <App />
      </PaneProviders>
    </StrictMode>,
  );
}
