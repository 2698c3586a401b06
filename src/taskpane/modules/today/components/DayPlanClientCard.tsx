import { Badge, Caption1, Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ChevronRightRegular, WarningRegular } from '@fluentui/react-icons';
import type { Client } from '../../../../domain/model/Client';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { formatDay } from '../../../ui/localDates';
import { useApp } from '../../../ui/AppContext';
import { useNavigation } from '../../../ui/Route';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { todayStrings } from '../todayStrings';

const useStyles = makeStyles({
  card: { cursor: 'pointer', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  overdueCard: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  name: {
    flexGrow: 1,
    minWidth: 0,
    display: 'block',
    padding: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    textAlign: 'start',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThick },
    ':hover': { color: tokens.colorBrandForeground1, textDecorationLine: 'underline' },
  },
  nameText: { overflowWrap: 'anywhere' },
  // Inline, so it follows the last word of a name that wraps.
  chevron: { verticalAlign: 'middle', marginLeft: tokens.spacingHorizontalXXS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  plans: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  plan: { display: 'flex', flexDirection: 'column' },
  planLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  kind: { fontWeight: tokens.fontWeightSemibold, marginRight: 'auto' },
  due: { color: tokens.colorNeutralForeground2 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  overdueIcon: { verticalAlign: 'text-bottom', marginRight: tokens.spacingHorizontalXXS },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

type DayPlanClientCardProps = { client: Client; plans: PlannedContact[]; overdue: number; dueToday: number; today: string };

/** One client of the day's plan: its due and overdue next contacts; the whole card opens the client. */
export function DayPlanClientCard({ client, plans, overdue, dueToday, today }: DayPlanClientCardProps) {
  const styles = useStyles();
  const app = useApp();
  const { go } = useNavigation();
  const { t, locale } = useT(todayStrings);
  const { labelOf } = useReferenceItems();
  const now = app.clock.now();
  // The card is clickable for the mouse; the name is a real button for keyboards and screen readers,
  // whose click bubbles to the card, so one activation opens the card once.
  const open = () => go({ screen: 'client', clientId: client.id, tab: 'plans' });
  return (
    <Card className={mergeClasses(styles.card, overdue > 0 && styles.overdueCard)} onClick={open} focusMode="off">
      <div className={styles.head}>
        <button type="button" className={styles.name} aria-label={t('openCard', { client: client.name })}>
          <span className={styles.nameText}>{client.name}</span>
          <ChevronRightRegular className={styles.chevron} aria-hidden />
        </button>
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
      </div>
      <ul className={styles.plans}>
        {plans.map((plan) => {
          const day = formatDay(plan.due, locale, now);
          const late = plan.due < today;
          return (
            <li key={plan.id} className={styles.plan}>
              <Text className={styles.planLine}>
                <span className={styles.kind}>{labelOf('historyType', plan.kind)}</span>
                {late ? (
                  <span className={styles.overdue}>
                    <WarningRegular className={styles.overdueIcon} aria-hidden />
                    {t('overdueSince', { day })}
                  </span>
                ) : (
                  <span className={styles.due}>{t('due', { day })}</span>
                )}
              </Text>
              {plan.note && <Caption1 className={styles.note}>{plan.note}</Caption1>}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
