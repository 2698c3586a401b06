import { Badge, Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, shorthands, Text, tokens } from '@fluentui/react-components';
import { CalendarAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatDay, localIsoDate } from '../../../ui/localDates';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { historyStrings } from '../historyStrings';
import { PlanNextContactForm } from './PlanNextContactForm';

const useStyles = makeStyles({
  plain: { margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  plan: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  overdue: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2), backgroundColor: tokens.colorPaletteRedBackground1 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
  note: { margin: 0, whiteSpace: 'pre-wrap', lineHeight: tokens.lineHeightBase400 },
});

type PlannedContactsPanelProps = { clientId: string; plans: PlannedContact[] };

/** The client's next contacts: open ones first (overdue highlighted), then the ones done. */
export function PlannedContactsPanel({ clientId, plans }: PlannedContactsPanelProps) {
  const { t, locale } = useT(historyStrings);
  const app = useApp();
  const { labelOf } = useReferenceItems();
  const { nameOf, isMe } = usePeopleNames();
  // Your own plans need no name; a colleague's say whose they are.
  const ownerOf = (p: PlannedContact) => (p.owner.trim() && !isMe(p.owner) ? ` · ${t('planOwner', { name: nameOf(p.owner) })}` : '');
  const styles = useStyles();
  const [planning, setPlanning] = useState(false);
  const [plannedDue, setPlannedDue] = useState('');
  const now = app.clock.now();
  const today = localIsoDate(now);
  const open = plans.filter((p) => p.status === 'open').sort((a, b) => a.due.localeCompare(b.due));
  const done = plans.filter((p) => p.status === 'done').sort((a, b) => b.doneAt.localeCompare(a.doneAt));

  return (
    <div className={styles.panel}>
      {planning ? (
        <PlanNextContactForm
          clientId={clientId}
          onPlanned={(plan) => {
            setPlannedDue(plan.due);
            setPlanning(false);
          }}
          onCancel={() => setPlanning(false)}
        />
      ) : (
        <div>
          <Button appearance="primary" icon={<CalendarAddRegular />} onClick={() => { setPlannedDue(''); setPlanning(true); }}>
            {t('planNext')}
          </Button>
        </div>
      )}
      {plannedDue && (
        <MessageBar intent="success">
          <MessageBarBody>{t('planned', { date: formatDay(plannedDue, locale, now) })}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-labelledby="plans-open-title" className={styles.panel}>
        <Text as="h2" size={400} weight="semibold" id="plans-open-title">
          {t('openPlans')}
        </Text>
        {open.length ? (
          <ul className={styles.list} aria-labelledby="plans-open-title">
            {open.map((p) => {
              const overdue = p.due < today;
              return (
                <li key={p.id} className={mergeClasses(styles.plan, overdue && styles.overdue)}>
                  <div className={styles.head}>
                    <Text weight="semibold">{labelOf('historyType', p.kind)}</Text>
                    {overdue && (
                      <Badge color="danger" appearance="filled" shape="rounded">
                        {t('overdue')}
                      </Badge>
                    )}
                  </div>
                  <Caption1 className={styles.meta}>
                    {t('dueOn', { date: formatDay(p.due, locale, now) })}
                    {ownerOf(p)}
                  </Caption1>
                  {p.note && <p className={styles.note}>{p.note}</p>}
                </li>
              );
            })}
          </ul>
        ) : (
          <Text as="p" className={styles.plain}>{t('noOpenPlans')}</Text>
        )}
      </section>
      <section aria-labelledby="plans-done-title" className={styles.panel}>
        <Text as="h2" size={400} weight="semibold" id="plans-done-title">
          {t('donePlans')}
        </Text>
        {done.length ? (
          <ul className={styles.list} aria-labelledby="plans-done-title">
            {done.map((p) => (
              <li key={p.id} className={styles.plan}>
                <Text weight="semibold">{labelOf('historyType', p.kind)}</Text>
                <Caption1 className={styles.meta}>
                  {t('dueOn', { date: formatDay(p.due, locale, now) })}
                  {p.doneAt && ` · ${t('doneOn', { date: formatDay(localIsoDate(new Date(p.doneAt)), locale, now) })}`}
                  {ownerOf(p)}
                </Caption1>
                {p.note && <p className={styles.note}>{p.note}</p>}
              </li>
            ))}
          </ul>
        ) : (
          <Text as="p" className={styles.plain}>{t('noDonePlans')}</Text>
        )}
      </section>
    </div>
  );
}
