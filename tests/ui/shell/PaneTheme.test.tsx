/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import 'fake-indexeddb/auto';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import { openApp } from '../../../src/app/openApp';
import { App } from '../../../src/taskpane/App';
import { initI18n } from '../../../src/taskpane/i18n/i18n';
import { PaneProviders } from '../../../src/taskpane/ui/PaneProviders';
import { FakeMailHost } from '../../support/fakeMailHost';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

let seq = 0;

/** The pane's page background as the theme paints it (the provider's CSS variable). */
function paneBackground(): string {
  const provider = document.querySelector('.fui-FluentProvider');
  if (!provider) throw new Error('no FluentProvider');
  // Fluent inserts the theme's variables as a rule on the provider's own class.
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
  const own = [...provider.classList].map((c) => new RegExp(`\\.${c}\\s*\\{[^}]*--colorNeutralBackground1:\\s*([^;]+);`).exec(rules)?.[1]).find(Boolean);
  if (!own) throw new Error('the provider sets no background');
  return own.trim();
}

async function openPane(host: FakeMailHost) {
  const app = await openApp(host, { dbName: `pane-theme-${process.pid}-${++seq}` });
  const i18n = await initI18n('en');
  render(
    <PaneProviders app={app} i18n={i18n} theme={host.theme() === 'dark' ? webDarkTheme : webLightTheme}>
      <App />
    </PaneProviders>,
  );
  await screen.findByRole('heading', { name: 'Today’s plan' });
}

describe('the pane’s theme', () => {
  it('follows Outlook from light to dark and back while the pane stays open', async () => {
    const host = new FakeMailHost({ theme: 'light' });
    await openPane(host);
    expect(paneBackground()).toBe(webLightTheme.colorNeutralBackground1);

    host.changeTheme('dark');
    await waitFor(() => expect(paneBackground()).toBe(webDarkTheme.colorNeutralBackground1));
    expect(document.documentElement.style.colorScheme).toBe('dark');
    expect(screen.getByRole('heading', { name: 'Today’s plan' })).toBeInTheDocument();

    host.changeTheme('light');
    await waitFor(() => expect(paneBackground()).toBe(webLightTheme.colorNeutralBackground1));
    expect(document.documentElement.style.colorScheme).toBe('light');
  });

  it('opens dark when Outlook is dark', async () => {
    await openPane(new FakeMailHost({ theme: 'dark' }));
    expect(paneBackground()).toBe(webDarkTheme.colorNeutralBackground1);
    expect(document.documentElement.style.colorScheme).toBe('dark');
  });
});
