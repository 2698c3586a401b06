import '@testing-library/jest-dom';
import 'fake-indexeddb/auto';
import { FluentProvider } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { AppDeps } from '../../src/app/AppDeps';
import type { App } from '../../src/app/createApp';
import type { MailingPorts } from '../../src/app/MailingDeps';
import { openApp } from '../../src/app/openApp';
import type { Clock } from '../../src/domain/ports';
import { initI18nFor, type I18n } from '../../src/taskpane/i18n/i18n';
import { I18nProvider } from '../../src/taskpane/i18n/I18nProvider';
import { LeaveGuard } from '../../src/taskpane/ui/LeaveGuard';
import { themeFor } from '../../src/taskpane/theme/themeFor';
import { AppContext } from '../../src/taskpane/ui/AppContext';
import { NavigationContext, type Route } from '../../src/taskpane/ui/Route';
import { useRouteStack } from '../../src/taskpane/ui/useRouteStack';
import { FakeMailHost } from './fakeMailHost';

type RenderPaneOptions = {
  host?: FakeMailHost;
  route?: Route;
  /** Fixed "now" for the app (default 2026-03-10 09:00 local time). */
  now?: Date;
  /** Data to put in the store before the pane renders; `setNow` moves the clock (e.g. to plan a contact that is overdue today). */
  seed?: (app: App, setNow: (now: Date) => void) => Promise<void>;
  /** Mailing ports to use instead of the host's (a fake sender, compose host or scheduler). */
  mailing?: Partial<MailingPorts>;
  /** How soon analytics follows writes (3 s unset). */
  analyticsUpkeep?: { quietMs: number; dayCheckMs: number };
  /** The analytics worker (tests/support/channelWorkers); unset, the figures are computed in the pane. */
  startAnalyticsWorker?: AppDeps['startAnalyticsWorker'];
};

export type RenderedPane = RenderResult & {
  app: App;
  host: FakeMailHost;
  /** The IndexedDB database behind the app, for data only sync writes (Team members). */
  dbName: string;
  i18n: I18n;
  setNow: (now: Date) => void;
  user: UserEvent;
  /** The route the pane is on now (follows go/back). */
  route: () => Route;
};

let dbSeq = 0;

// Live queries answer from IndexedDB outside any act(): an external store, like a server. Testing
// Library still wraps its own render and events in act; this only silences the warning for
// store-driven updates, which findBy/waitFor wait for.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

/**
 * Renders a piece of the pane as Outlook would show it: a real app on a fresh fake-indexeddb
 * database, the UI language from the host's display language, Fluent theme, and navigation.
 */
export async function renderPane(ui: ReactNode, options: RenderPaneOptions = {}): Promise<RenderedPane> {
  const host = options.host ?? new FakeMailHost();
  let now = options.now ?? new Date(2026, 2, 10, 9, 0, 0);
  const setNow = (d: Date) => {
    now = d;
  };
  const clock: Clock = { now: () => new Date(now) };
  const dbName = `clientbook-test-${process.pid}-${++dbSeq}`;
  const app = await openApp(host, { dbName, clock, mailing: options.mailing, analyticsUpkeep: options.analyticsUpkeep, startAnalyticsWorker: options.startAnalyticsWorker });
  if (options.seed) {
    const start = now;
    await options.seed(app, setNow);
    setNow(start);
  }
  const i18n = await initI18nFor(host.displayLanguage());
  // The mailings' code loads on first use; loaded here, a piece rendered alone need not wait for it.
  await app.mailings?.load();
  const current: { route: Route } = { route: options.route ?? { screen: 'home' } };

  function Navigated({ children }: { children: ReactNode }) {
    const nav = useRouteStack(options.route);
    current.route = nav.route;
    return <NavigationContext.Provider value={nav}>{children}</NavigationContext.Provider>;
  }

  const result = render(
    <FluentProvider theme={themeFor(host.theme())}>
      <I18nProvider i18n={i18n}>
        <AppContext.Provider value={app}>
          {/* As in the pane (App): a form's Cancel and Escape ask their question through it. */}
          <LeaveGuard>
            <Navigated>{ui}</Navigated>
          </LeaveGuard>
        </AppContext.Provider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { ...result, app, host, dbName, i18n, setNow, user: userEvent.setup(), route: () => current.route };
}
