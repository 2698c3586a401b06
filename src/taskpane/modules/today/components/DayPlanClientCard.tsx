import { Badge, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Client } from '../../../../domain/model/Client';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { formatDay } from '../../../ui/localDates';
import { useApp } from '../../../ui/AppContext';
import { ClientCardShell } from '../../../ui/ClientCardShell';
import { useNavigation } from '../../../ui/Route';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { todayStrings } from '../todayStrings';
import { OverdueSince } from './OverdueSince';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  overdueCard: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  plans: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  plan: { display: 'flex', flexDirection: 'column' },
  planLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  kind: { fontWeight: tokens.fontWeightSemibold, marginRight: 'auto' },
  due: { color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** `ownerOf`: the name to show for a plan's owner, '' when none is needed (the user's own). */
type DayPlanClientCardProps = { client: Client; plans: PlannedContact[]; overdue: number; dueToday: number; today: string; ownerOf: (owner: string) => string };

/** One client of the day's plan: its due and overdue next contacts; the whole card opens the client. */
export function DayPlanClientCard({ client, plans, overdue, dueToday, today, ownerOf }: DayPlanClientCardProps) {
  const styles = useStyles();
  const app = useApp();
  const { go } = useNavigation();
  const { t, locale } = useT(todayStrings);
  const { labelOf } = useReferenceItems();
  const now = app.clock.now();
  const open = () => go({ screen: 'client', clientId: client.id, tab: 'plans' });
  return (
    <ClientCardShell
      name={client.name}
      nameLabel={t('openCard', { client: client.name })}
      onOpen={open}
      className={mergeClasses(styles.card, overdue > 0 && styles.overdueCard)}
      aside={
        <span className={styles.badges}>
          {overdue > 0 && (
            <Badge appearance="filled" color="danger" shape="rounded">
              {t('overdue', { count: overdue })}
            </Badge>
          )}
          {dueToday > 0 && (
            <Badge appearance="tint" color="brand" shape="rounded">
              {t('dueToday', { count: dueToday })}
            </Badge>
          )}
        </span>
      }
    >
      <ul className={styles.plans}>
        {plans.map((plan) => {
          const day = formatDay(plan.due, locale, now);
          const late = plan.due < today;
          return (
            <li key={plan.id} className={styles.plan}>
              <Text className={styles.planLine}>
                <span className={styles.kind}>{labelOf('historyType', plan.kind)}</span>
                {late ? (
                  <OverdueSince day={day} />
                ) : (
                  <span className={styles.due}>{t('due', { day })}</span>
                )}
              </Text>
              {plan.note && <Caption1 className={styles.note}>{plan.note}</Caption1>}
              {ownerOf(plan.owner) && <Caption1 className={styles.note}>{t('planOwner', { name: ownerOf(plan.owner) })}</Caption1>}
            </li>
          );
        })}
      </ul>
    </ClientCardShell>
  );
}
