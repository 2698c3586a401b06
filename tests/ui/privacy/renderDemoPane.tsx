import '@testing-library/jest-dom';
import 'fake-indexeddb/auto';
import { FluentProvider } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { DemoMailbox, type DemoLanguage } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { demoMessages } from '../../../src/adapters/office/demo/demoMessages';
import { openApp } from '../../../src/app/openApp';
import { initI18nFor } from '../../../src/taskpane/i18n/i18n';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import { themeFor } from '../../../src/taskpane/theme/themeFor';
import { AppContext } from '../../../src/taskpane/ui/AppContext';
import { NavigationContext } from '../../../src/taskpane/ui/Route';
import { useRouteStack } from '../../../src/taskpane/ui/useRouteStack';

let seq = 0;
export const demoNow = new Date('2026-11-27T10:00:00');

/**
 * The pane on the demo mailbox (whose threads the conversation source lists), as renderPane does
 * for the fake host: a real app on a fresh fake-indexeddb database, i18n, theme and navigation.
 */
export async function renderDemoPane(
  ui: (mailbox: DemoMailbox, host: DemoMailHost) => ReactNode,
  options: { language?: DemoLanguage; seed?: (app: Awaited<ReturnType<typeof openApp>>) => Promise<void> } = {},
) {
  const language = options.language ?? 'en-US';
  const mailbox = new DemoMailbox({ messages: demoMessages(demoNow), language });
  const host = new DemoMailHost(mailbox);
  const app = await openApp(host, { dbName: `demo-pane-${process.pid}-${++seq}`, clock: { now: () => new Date(demoNow) } });
  await options.seed?.(app);
  const i18n = await initI18nFor(host.displayLanguage());
  function Navigated({ children }: { children: ReactNode }) {
    return <NavigationContext.Provider value={useRouteStack()}>{children}</NavigationContext.Provider>;
  }
  const result = render(
    <FluentProvider theme={themeFor('light')}>
      <I18nProvider i18n={i18n}>
        <AppContext.Provider value={app}>
          <Navigated>{ui(mailbox, host)}</Navigated>
        </AppContext.Provider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { ...result, app, mailbox, host, user: userEvent.setup() };
}
