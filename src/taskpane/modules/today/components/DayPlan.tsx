import { Caption1, makeStyles, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { useDayPlan } from '../hooks/useDayPlan';
import { todayStrings } from '../todayStrings';
import { DayPlanClientCard } from './DayPlanClientCard';
import { DayPlanEmpty } from './DayPlanEmpty';

// Only a team's plan with colleagues' contacts due offers the choice: its tabs load then.
const DayPlanScopeTabs = lazy(() => import('./DayPlanScopeTabs').then((m) => ({ default: m.DayPlanScopeTabs })));

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexDirection: 'column' },
  date: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Home: the next contacts due today and overdue, per client, each one click from the client's card. */
export function DayPlan() {
  const styles = useStyles();
  const app = useApp();
  const { t, locale } = useT(todayStrings);
  const labelled = useFailedLabel();
  const { today, rows, hasClients, error, scope, setScope, canChooseScope } = useDayPlan();
  const { nameOf, isMe } = usePeopleNames();
  // A team's plan holds colleagues' next contacts too: theirs say whose they are, yours need no name.
  const ownerOf = (owner: string) => (owner.trim() && !isMe(owner) ? nameOf(owner) : '');
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(app.clock.now());
  const overdue = rows?.reduce((n, r) => n + r.overdue, 0) ?? 0;
  return (
    <section className={styles.section} aria-labelledby="day-plan-heading">
      <div className={styles.head}>
        <Subtitle1 as="h2" id="day-plan-heading">
          {t('heading')}
        </Subtitle1>
        <Caption1 className={styles.date}>
          {date}
          {rows && rows.length > 0 && ` · ${t('clients', { count: rows.length })}`}
          {overdue > 0 && ` · ${t('overdue', { count: overdue })}`}
        </Caption1>
      </div>
      {canChooseScope && scope && (
        <Suspense fallback={null}>
          <DayPlanScopeTabs scope={scope} onScope={setScope} />
        </Suspense>
      )}
      {error ? (
        <FailureMessage {...labelled((message) => t('failed', { message }), error)} />
      ) : !rows || !today || hasClients === undefined ? (
        <Spinner size="small" label={t('loading')} />
      ) : rows.length === 0 ? (
        <DayPlanEmpty hasClients={hasClients} />
      ) : (
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={row.client.id}>
              <DayPlanClientCard client={row.client} plans={row.plans} overdue={row.overdue} dueToday={row.dueToday} today={today} ownerOf={ownerOf} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
