/* The task pane Outlook loads: start the app on its mailbox, then render the pane in Outlook's language and theme. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPane } from '../app/startPane';
import { App } from './App';
import { initI18n, languageFor } from './i18n/i18n';
import { PaneProviders } from './ui/PaneProviders';
import { showBootFailure } from './ui/showBootFailure';

async function boot() {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const root = createRoot(container);
  // The themes load while the app starts; the failure screen loads only when it fails.
  const themes = import('./theme/themeFor');
  try {
    const app = await startPane();
    const language = languageFor(app.host.displayLanguage());
    document.documentElement.lang = language;
    const [i18n, { themeFor }] = await Promise.all([initI18n(language), themes]);
    root.render(
      <StrictMode>
        <PaneProviders app={app} i18n={i18n} theme={themeFor(app.host.theme())}>
          <App />
        </PaneProviders>
      </StrictMode>,
    );
  } catch (error) {
    // Outlook's language is unknown when the host failed; the browser's is the best guess.
    const language = languageFor(navigator.language);
    document.documentElement.lang = language;
    await showBootFailure(root, error, language, () => window.location.reload());
  }
}

void boot();
