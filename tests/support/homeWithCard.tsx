/*
 * Home as the app draws it with one client's card, rendered by React: the source of the first
 * paint's markup and what the first paint is compared with.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../src/taskpane/i18n/I18nProvider';
import type { I18n } from '../../src/taskpane/i18n/i18n';
import { PaneHeader } from '../../src/taskpane/ui/PaneHeader';
import { NavigationContext, type Navigation } from '../../src/taskpane/ui/Route';
import { usePaneLayoutStyles } from '../../src/taskpane/ui/usePaneLayoutStyles';

const home: Navigation = { route: { screen: 'home' }, go: () => undefined, back: () => undefined, memory: new Map() };

/** Home as App lays it out (usePaneLayoutStyles), holding only the open message's client card. */
export function HomeWithCard({ card }: { card: ReactNode }) {
  const layout = usePaneLayoutStyles();
  return (
    <div className={layout.pane}>
      <PaneHeader />
      <main className={layout.main}>
        <div>{card}</div>
      </main>
    </div>
  );
}

/** What React puts in the page for `view` in the pane's providers (as PaneProviders: the provider fills the pane). */
export function drawnByReact(view: ReactNode, i18n: I18n): string {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
        <I18nProvider i18n={i18n}>
          <NavigationContext.Provider value={home}>{view}</NavigationContext.Provider>
        </I18nProvider>
      </FluentProvider>,
    ),
  );
  const html = container.innerHTML;
  act(() => root.unmount());
  return html;
}

