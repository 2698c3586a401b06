import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import type { DrillKind, DrillRecords } from '../../../../app/analyticsUseCases';
import { useT } from '../../../i18n/useT';
import { OverflowTabs } from '../../../ui/OverflowTabs';
import { FailureMessage } from '../../../ui/FailureMessage';
import { analyticsFailureStrings } from '../analyticsFailureStrings';
import { analyticsStrings } from '../analyticsStrings';
import { useAnalyticsFailure } from '../hooks/useAnalyticsFailure';
import { formatTime } from '../formatting';
import { useApp } from '../../../ui/AppContext';
import { formatWhen, localIsoDate } from '../../../ui/localDates';
import { useAnalyticsSession } from '../hooks/useAnalyticsSession';
import { useFigure } from '../hooks/useFigure';
import { DashboardTab } from './DashboardTab';
import { DrillList } from './DrillList';
import { MarketingTab } from './MarketingTab';
import { PayTab } from './PayTab';
import { QueryTab } from './QueryTab';
import { useRemembered } from '../../../ui/useRemembered';
import { ControlIdentity } from '../../../ui/ControlIdentity';

const useStyles = makeStyles({
  // Hidden, not unmounted, under a drill-down (the tab and its pickers stay as they were): the
  // flex display would otherwise win over the hidden attribute's.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, '&[hidden]': { display: 'none' } },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

// The records behind a figure come a page at a time: a year's payments are a hundred thousand.
const DRILL_PAGE = 50;

export const analyticsTabs = ['dashboard', 'marketing', 'query', 'pay'] as const;
export type AnalyticsTab = (typeof analyticsTabs)[number];
const tabLabel = { dashboard: 'tabDashboard', marketing: 'tabMarketing', query: 'tabQuery', pay: 'tabPay' } as const;

export type AnalyticsScreenProps = { tab?: AnalyticsTab };

/**
 * Analytics: the head of sales' dashboard, marketing, queries and pay statements over one snapshot
 * of the records. A figure opens the list of records behind it; the tabs keep their choices meanwhile.
 */
export function AnalyticsScreen({ tab: initialTab = 'dashboard' }: AnalyticsScreenProps) {
  const styles = useStyles();
  const { t, locale } = useT(analyticsStrings);
  const { t: failureT } = useT(analyticsFailureStrings);
  const failure = useAnalyticsFailure();
  const app = useApp();
  const { session, asOf, error, stale, loading, available, reload } = useAnalyticsSession();
  const [tab, setTab] = useRemembered<AnalyticsTab>('tab', initialTab);
  const [drill, setDrill] = useRemembered<{ title: string; kind: DrillKind; records: DrillRecords } | null>('drill', null);
  const names = useMemo(() => new Map((session?.members ?? []).map((m) => [m.email, m.name])), [session]);
  const nameOf = (email: string) => names.get(email) ?? email;
  // The figure a drill-down was opened from gets the focus back on return: it was hidden meanwhile.
  // Kept as which figure, not as its button: after a visit to a record and Back, the screen and its
  // buttons are drawn anew, and a manager working through the alarms goes on from the one they opened.
  const screen = useRef<HTMLDivElement>(null);
  const [openedFrom, setOpenedFrom] = useRemembered<ControlIdentity | undefined>('drill.from', undefined);
  const onOpen = (title: string, kind: DrillKind, records: DrillRecords) => {
    setOpenedFrom(screen.current ? ControlIdentity.ofFocused(screen.current) : undefined);
    flushSync(() => {
      setDrill({ title, kind, records });
      setDrillLimit(DRILL_PAGE);
    });
    // The figure that opened the list is hidden now, and a keyboard user reads on from the list's title.
    // Only here: shown again by Back from a record, the list leaves the focus to the record it was left by.
    document.getElementById('drill-heading')?.focus();
  };
  const onBack = () => {
    flushSync(() => setDrill(null));
    // A figure that is no more (its count changed meanwhile) leaves it to the tab.
    const figure = screen.current ? openedFrom?.find(screen.current) : undefined;
    (figure ?? document.getElementById(`analytics-tab-${tab}-button`))?.focus();
  };
  const [drillLimit, setDrillLimit] = useRemembered('drill.limit', DRILL_PAGE);
  // Tagged with the drill it lists: Show more keeps the rows already there while the next page comes.
  const drilled = useFigure(async () => (session && drill ? { drill, list: await session.drill(drill.kind, drill.records, drillLimit) } : null), [session, drill, drillLimit]);
  const drillList = drilled.value && drilled.value.drill === drill ? drilled.value.list : null;
  return (
    <div ref={screen} className={styles.root}>
      <div className={styles.head}>
        <Subtitle1 as="h2">{t('heading')}</Subtitle1>
        {available && <Button appearance="subtle" icon={<ArrowClockwiseRegular />} aria-label={t('refresh')} title={t('refresh')} onClick={reload} disabled={loading} />}
      </div>
      {!available ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('unavailable')}</MessageBarBody>
        </MessageBar>
      ) : error ? (
        <FailureMessage {...failure(failureT('figuresFailed'), error, failureT('refreshTries'))} />
      ) : !session ? (
        <Spinner size="small" label={t('loading')} />
      ) : (
        <>
          {stale ? (
            <div data-testid="analytics-stale">
              <FailureMessage intent="warning" {...failure(asOf ? failureT('notUpdatedAsOf', { time: formatAsOf(asOf, locale, app.clock.now()) }) : failureT('notUpdated'), stale, failureT('refreshTries'))} />
            </div>
          ) : (
            asOf && (
              <Caption1 role="status" data-testid="analytics-as-of">
                {t('asOf', { time: formatAsOf(asOf, locale, app.clock.now()) })}
              </Caption1>
            )
          )}
          {drill && <DrillList title={drill.title} list={drillList} error={drilled.error} nameOf={nameOf} onMore={() => setDrillLimit((n) => n + DRILL_PAGE)} onBack={onBack} />}
          <div hidden={drill !== null} className={styles.root}>
            {/* In one row: at 320 px the Ukrainian "Оплата праці" was past the edge of a row that only scrolled sideways. */}
            <OverflowTabs
              tabs={analyticsTabs}
              keepOrder={analyticsTabs}
              selected={tab}
              onSelect={setTab}
              labelOf={(k) => t(tabLabel[k])}
              label={t('sections')}
              more={t('moreTabs')}
              moreLabel={(n) => t('moreTabsLabel', { n })}
              panelId={`analytics-tab-${tab}`}
              tabId={(k) => `analytics-tab-${k}-button`}
            />
            {/* As on the client card: a screen reader names the section the content below belongs to. */}
            <div role="tabpanel" id={`analytics-tab-${tab}`} aria-labelledby={`analytics-tab-${tab}-button`} className={styles.root}>
              {tab === 'dashboard' && <DashboardTab session={session} nameOf={nameOf} onOpen={onOpen} />}
              {tab === 'marketing' && <MarketingTab session={session} onOpen={onOpen} />}
              {tab === 'query' && <QueryTab session={session} nameOf={nameOf} onOpen={onOpen} />}
              {tab === 'pay' && <PayTab session={session} nameOf={nameOf} onOpen={onOpen} onSaved={reload} />}
            </div>
          </div>
        </>
      )}
    </div>
  );
}

/** Today's figures by the time they were computed ("09:12"); an earlier day's with the day ("yesterday, 17:40"). */
function formatAsOf(asOf: string, locale: string, now: Date): string {
  return localIsoDate(new Date(asOf)) === localIsoDate(now) ? formatTime(asOf, locale) : formatWhen(asOf, locale, now);
}
