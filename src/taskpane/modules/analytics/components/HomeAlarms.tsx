import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Alarm } from '../../../../app/analyticsTypes';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useNavigation } from '../../../ui/Route';
import { analyticsStrings } from '../analyticsStrings';
import { formatShare, periodFor } from '../formatting';

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } });

/** Home, for the head of sales only: how many alarms the last 12 months raise, the first few, and the way to the dashboard. */
export function HomeAlarms() {
  const styles = useStyles();
  const app = useApp();
  const { go } = useNavigation();
  const { t, locale } = useT(analyticsStrings);
  const [state, setState] = useState<{ alarms: Alarm[]; names: Map<string, string> } | null>(null);
  useEffect(() => {
    const analytics = app.analytics;
    if (!analytics) return;
    let live = true;
    void (async () => {
      if (!(await analytics.isHeadOfSales())) return;
      const session = await analytics.open();
      const alarms = session.alarms(periodFor('periodLast12', session.today));
      if (live) setState({ alarms, names: new Map(session.members.map((m) => [m.email, m.name])) });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [app]);
  if (!state || state.alarms.length === 0) return null;
  const text = (a: Alarm) => {
    const share = a.kind === 'missing-data';
    return t(`alarm.${a.kind}`, {
      who: a.owner ? (state.names.get(a.owner) ?? a.owner) : t('team'),
      value: share ? formatShare(a.value, locale) : a.value,
      threshold: share ? formatShare(a.threshold, locale) : a.threshold,
      detail: a.detail ? t(`missing.${a.detail as 'region'}`) : '',
    });
  };
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="home-alarms">
      <MessageBarBody>
        <MessageBarTitle>{t('homeAlarms', { count: state.alarms.length })}</MessageBarTitle>
        <ul className={styles.list}>
          {state.alarms.slice(0, 3).map((a) => (
            <li key={`${a.kind}-${a.owner ?? ''}-${a.detail}`}>{text(a)}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => go({ screen: 'analytics' })}>
          {t('openAnalytics')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
