import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { MessagePanel } from './modules/message/components/MessagePanel';
import { MessageDrafts } from './modules/message/MessageDrafts';
import { DayPlan } from './modules/today/components/DayPlan';
import { useT } from './i18n/useT';
import { useAfterFirstScreen } from './ui/useAfterFirstScreen';
import { LeaveGuard } from './ui/LeaveGuard';
import { PaneHeader } from './ui/PaneHeader';
import { NavigationContext, type Route } from './ui/Route';
import { shellStrings } from './ui/shellStrings';
import { useFocusHeadingOnNavigation } from './ui/useFocusHeadingOnNavigation';
import { useKeptScroll } from './ui/useKeptScroll';
import { useMailItem } from './ui/useMailItem';
import { useOtherMessage } from './ui/useOtherMessage';
import { usePaneLayoutStyles } from './ui/usePaneLayoutStyles';
import { useRouteStack } from './ui/useRouteStack';

// The first view is home: the open message's match and the day's plan. Every other screen loads
// when the manager opens it, which keeps the pane's start small.
const ClientScreen = lazy(() => import('./modules/client-card/components/ClientScreen').then((m) => ({ default: m.ClientScreen })));
const MailingsScreen = lazy(() => import('./modules/mailings/components/MailingsScreen').then((m) => ({ default: m.MailingsScreen })));
const SearchScreen = lazy(() => import('./modules/search/components/SearchScreen').then((m) => ({ default: m.SearchScreen })));
const SettingsScreen = lazy(() => import('./modules/settings/components/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const DataScreen = lazy(() => import('./modules/data/components/DataScreen').then((m) => ({ default: m.DataScreen })));
const DealScreen = lazy(() => import('./modules/deals/components/DealScreen').then((m) => ({ default: m.DealScreen })));
const CatalogueScreen = lazy(() => import('./modules/catalogue/components/CatalogueScreen').then((m) => ({ default: m.CatalogueScreen })));
const AnalyticsScreen = lazy(() => import('./modules/analytics/components/AnalyticsScreen').then((m) => ({ default: m.AnalyticsScreen })));
const HomeAlarms = lazy(() => import('./modules/analytics/components/HomeAlarms').then((m) => ({ default: m.HomeAlarms })));
const CampaignsScreen = lazy(() => import('./modules/campaigns/components/CampaignsScreen').then((m) => ({ default: m.CampaignsScreen })));
const CreateClientScreen = lazy(() =>
  import('./modules/create-client/components/CreateClientScreen').then((m) => ({ default: m.CreateClientScreen })),
);
// Shown only when Outlook's selection moves while another screen is open.
const OtherMessageNotice = lazy(() => import('./ui/OtherMessageNotice').then((m) => ({ default: m.OtherMessageNotice })));
// The status line and its team actions (sync, sign-in, the conflict log) load after the first
// screen, not before it: a pane without a team store shows only where its changes are kept.
const SyncStatusLine = lazy(() => import('./modules/sync-status/components/SyncStatusLine').then((m) => ({ default: m.SyncStatusLine })));

const useStyles = makeStyles({
  notice: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
});

/**
 * Home: the open message's participants (when a message is open), the day's plan, then the head of
 * sales' alarms. The plan comes before the alarms: it is what a manager opens the pane for (PRODUCT.md,
 * "the day's plan first"), and the alarms' box would push it below a 320 px pane's fold.
 */
function Home({ afterFirstScreen, drafts }: { afterFirstScreen: boolean; drafts: MessageDrafts }) {
  const { item } = useMailItem();
  return (
    <>
      {item && <MessagePanel key={item.itemId} item={item} drafts={drafts} />}
      <DayPlan />
      {/* They load on their own, after the first screen, never holding the card or the day plan back. */}
      {afterFirstScreen && (
        <Suspense fallback={null}>
          <HomeAlarms />
        </Suspense>
      )}
    </>
  );
}

function Screen({ route, afterFirstScreen, drafts }: { route: Route; afterFirstScreen: boolean; drafts: MessageDrafts }) {
  switch (route.screen) {
    case 'home':
      return <Home afterFirstScreen={afterFirstScreen} drafts={drafts} />;
    case 'client':
      return <ClientScreen key={route.clientId} clientId={route.clientId} tab={route.tab} />;
    case 'create-client':
      return <CreateClientScreen draft={route.draft} fromMessage={route.fromMessage} />;
    case 'search':
      return <SearchScreen />;
    case 'mailings':
      return <MailingsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'data':
      return <DataScreen />;
    case 'deal':
      return <DealScreen key={route.dealId} dealId={route.dealId} />;
    case 'catalogue':
      return <CatalogueScreen />;
    case 'campaigns':
      return <CampaignsScreen />;
    case 'analytics':
      return <AnalyticsScreen tab={route.tab} />;
  }
}

/** The task pane: header, the current screen, and the sync status line, with its navigation. */
export function App() {
  const styles = useStyles();
  const layout = usePaneLayoutStyles();
  const { t } = useT(shellStrings);
  const nav = useRouteStack();
  const main = useRef<HTMLElement>(null);
  const { after: afterFirstScreen } = useAfterFirstScreen();
  useFocusHeadingOnNavigation(main, nav.route, nav.memory);
  useKeptScroll(main, nav.memory);
  const otherMessage = useOtherMessage(nav.route.screen === 'home');
  // Kept beyond home's screen: a draft left on a message outlives a visit to another screen.
  const [drafts] = useState(() => new MessageDrafts());
  return (
    <NavigationContext.Provider value={nav}>
      <LeaveGuard>
        <div className={layout.pane}>
          <PaneHeader />
          {otherMessage && (
            <div className={styles.notice}>
              <Suspense fallback={null}>
                <OtherMessageNotice item={otherMessage} onShow={() => nav.go({ screen: 'home' })} />
              </Suspense>
            </div>
          )}
          <main ref={main} className={layout.main}>
            {/* Keyed per screen: the old screen unmounts rather than hiding behind the fallback, so its heading never takes focus. */}
            <Suspense key={nav.route.screen} fallback={<Spinner size="small" label={t('loadingScreen')} />}>
              <Screen route={nav.route} afterFirstScreen={afterFirstScreen} drafts={drafts} />
            </Suspense>
          </main>
          {afterFirstScreen && (
            <Suspense fallback={null}>
              <SyncStatusLine />
            </Suspense>
          )}
        </div>
      </LeaveGuard>
    </NavigationContext.Provider>
  );
}
