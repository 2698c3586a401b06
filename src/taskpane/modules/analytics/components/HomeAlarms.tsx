import { Body1Strong, Button, makeStyles, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { Alarm, Wire } from '../../../../app/analyticsTypes';
import type { AnalyticsSession } from '../../../../app/analyticsUseCases';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useNavigation } from '../../../ui/Route';
import { analyticsFailureStrings } from '../analyticsFailureStrings';
import { analyticsStrings } from '../analyticsStrings';
import { periodFor } from '../formatting';
import { useAlarmText } from '../hooks/useAlarmText';
import { useAnalyticsFailure } from '../hooks/useAnalyticsFailure';

const useStyles = makeStyles({
  // flexShrink 0: home is a scrolling column, and a shrunk box would let the day plan cover the button.
  box: {
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  title: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  // As tall as one line of the heading, whose glyph it centres: it stays beside the first line,
  // unshrunk, however many lines a long (Ukrainian) heading takes.
  icon: { flexShrink: 0, height: tokens.lineHeightBase300, color: tokens.colorStatusWarningForeground1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // The message as wide as home: shrunk to its text, a long one ran past the pane's edge on one line.
  failed: { flexShrink: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  open: { alignSelf: 'flex-start' },
});

type Found = { alarms: Wire<Alarm>[]; names: Map<string, string> };

// Home is shown again after every visit elsewhere; the alarms are reused for a few minutes rather
// than recomputed from the whole store each time (the dashboard's Refresh always recomputes).
const REUSE_MS = 5 * 60_000;
const recent = new WeakMap<object, { at: number; found: Found }>();

/** Home, for the head of sales only: how many alarms the last 12 months raise, the first few, and the way to the dashboard. */
export function HomeAlarms() {
  const styles = useStyles();
  const app = useApp();
  const { go } = useNavigation();
  const { t } = useT(analyticsStrings);
  const { t: failureT } = useT(analyticsFailureStrings);
  const failureWords = useAnalyticsFailure();
  const [state, setState] = useState<Found | null>(null);
  // Why the head of sales' alarms could not be found: no box would read as "no alarms".
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    const analytics = app.analytics;
    if (!analytics) return;
    let live = true;
    void (async () => {
      // Anyone else sees no alarms here; the dashboard analytics opens on is made ready meanwhile, and again after
      // writes, for one who opened it lately or never did.
      if (!(await analytics.isHeadOfSales())) return analytics.warm((today) => periodFor('periodLast12', today));
      const kept = recent.get(app);
      if (kept && Date.now() - kept.at < REUSE_MS) {
        if (live) setState(kept.found);
        return;
      }
      const findIn = async (session: AnalyticsSession): Promise<Found> => ({ alarms: await session.alarms(periodFor('periodLast12', session.today)), names: new Map(session.members.map((m) => [m.email, m.name])) });
      const { fresh, recalled } = await analytics.begin();
      // The alarms the last pane start found today show at once; the store's own replace them.
      let done = false;
      void recalled.then(async (kept) => {
        const found = kept && (await findIn(kept));
        if (found && live && !done) setState(found);
      });
      let found: Found;
      try {
        found = await findIn(await fresh);
      } catch (error) {
        // Today's kept alarms, when shown, stand; analytics itself says why it cannot update them.
        if (live) setFailure(error);
        done = true;
        return;
      }
      done = true;
      recent.set(app, { at: Date.now(), found });
      if (live) setState(found);
      // The dashboard they lead to, kept ready from now on as the store changes.
      await analytics.warm((today) => periodFor('periodLast12', today));
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [app]);
  const text = useAlarmText((email) => state?.names.get(email) ?? email);
  if (failure && !state)
    return (
      <div className={styles.failed} data-testid="home-alarms-failed">
        <FailureMessage intent="warning" {...failureWords(failureT('alarmsFailed'), failure, failureT('openTries'))} />
        <Button className={styles.open} size="small" onClick={() => go({ screen: 'analytics' })}>
          {t('openAnalytics')}
        </Button>
      </div>
    );
  if (!state || state.alarms.length === 0) return null;
  return (
    <section className={styles.box} aria-labelledby="home-alarms-heading" data-testid="home-alarms">
      <div className={styles.title}>
        <WarningRegular className={styles.icon} aria-hidden />
        <Body1Strong as="h2" id="home-alarms-heading">
          {t('homeAlarms', { count: state.alarms.length })}
        </Body1Strong>
      </div>
      <ul className={styles.list}>
        {state.alarms.slice(0, 3).map((a) => (
          <li key={`${a.kind}-${a.owner ?? ''}-${a.detail}`}>{text(a)}</li>
        ))}
      </ul>
      <Button size="small" onClick={() => go({ screen: 'analytics' })}>
        {t('openAnalytics')}
      </Button>
    </section>
  );
}
