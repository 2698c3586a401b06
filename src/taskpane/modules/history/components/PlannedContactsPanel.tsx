import { Badge, Button, Caption1, makeStyles, mergeClasses, shorthands, Text, tokens } from '@fluentui/react-components';
import { CalendarAddRegular, CalendarArrowRightRegular, CheckmarkRegular, DeleteRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { PlanNotOpenError } from '../../../../app/historyUseCases';
import type { Contact } from '../../../../domain/model/Contact';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { LiveNotice } from '../../../ui/LiveNotice';
import { formatDay, localIsoDate } from '../../../ui/localDates';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import type { FailureWords } from '../../../ui/useFailureWords';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { historyStrings } from '../historyStrings';
import { useReturnFocus } from '../hooks/useReturnFocus';
import { PlanNextContactForm } from './PlanNextContactForm';
import { RecordContactForm } from './RecordContactForm';

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
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

type PlannedContactsPanelProps = { clientId: string; plans: PlannedContact[]; contacts: Contact[] };

/** What is being done to one open plan: recorded as done, rescheduled. */
type Acting = { kind: 'record' | 'change'; plan: PlannedContact } | null;

/**
 * The client's next contacts: open ones first (overdue highlighted), then the ones done. An open plan
 * is done by recording the contact it planned, moved to another day, or removed when it will not happen.
 */
export function PlannedContactsPanel({ clientId, plans, contacts }: PlannedContactsPanelProps) {
  const { t, locale } = useT(historyStrings);
  const app = useApp();
  const { labelOf } = useReferenceItems();
  const { nameOf, isMe } = usePeopleNames();
  // Your own plans need no name; a colleague's say whose they are.
  const ownerOf = (p: PlannedContact) => (p.owner.trim() && !isMe(p.owner) ? ` · ${t('planOwner', { name: nameOf(p.owner) })}` : '');
  const styles = useStyles();
  const now = app.clock.now();
  const planButton = useRef<HTMLButtonElement>(null);
  const [planning, setPlanning] = useState<false | 'new' | 'after-record'>(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<FailureWords | null>(null);
  const labelled = useFailedLabel();
  const [acting, setActing] = useState<Acting>(null);
  const [removing, setRemoving] = useState<PlannedContact | null>(null);
  const { returnPoint, returnTo } = useReturnFocus();
  const actionKey = (kind: NonNullable<Acting>['kind'], plan: PlannedContact) => `${kind}:${plan.id}`;
  const close = (kind: NonNullable<Acting>['kind'], plan: PlannedContact) => {
    returnTo(actionKey(kind, plan));
    setActing(null);
  };
  const describe = (p: PlannedContact) => ({ kind: labelOf('historyType', p.kind), date: formatDay(p.due, locale, now) });
  const start = (next: Acting) => {
    setNotice('');
    setFailure(null);
    setPlanning(false);
    setActing(next);
  };
  const remove = async (plan: PlannedContact) => {
    setRemoving(null);
    try {
      await app.removePlannedContact(clientId, plan.id);
      setNotice(t('planRemoved'));
    } catch (error) {
      setFailure(error instanceof PlanNotOpenError ? { text: t('planNotOpen'), code: null } : labelled((message) => t('removeFailed', { message }), error));
    }
  };
  const today = localIsoDate(now);
  const open = plans.filter((p) => p.status === 'open').sort((a, b) => a.due.localeCompare(b.due));
  const done = plans.filter((p) => p.status === 'done').sort((a, b) => b.doneAt.localeCompare(a.doneAt));

  return (
    <div className={styles.panel}>
      {planning ? (
        <PlanNextContactForm
          clientId={clientId}
          cancelLabel={planning === 'after-record' ? t('notNow') : undefined}
          onPlanned={(plan) => {
            setNotice(t('planned', { date: formatDay(plan.due, locale, now) }));
            setPlanning(false);
          }}
          onCancel={() => setPlanning(false)}
        />
      ) : (
        <div>
          <Button ref={planButton} appearance="primary" icon={<CalendarAddRegular />} onClick={() => { start(null); setPlanning('new'); }}>
            {t('planNext')}
          </Button>
        </div>
      )}
      <LiveNotice message={failure?.text || notice} intent={failure ? 'error' : 'success'} code={failure?.code} />
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
                  {acting?.plan.id === p.id && acting.kind === 'record' ? (
                    <RecordContactForm
                      clientId={clientId}
                      contacts={contacts}
                      plans={plans}
                      completesId={p.id}
                      onRecorded={() => {
                        setActing(null);
                        setNotice(t('recorded'));
                        setPlanning('after-record');
                      }}
                      onCancel={() => close('record', p)}
                    />
                  ) : acting?.plan.id === p.id && acting.kind === 'change' ? (
                    <PlanNextContactForm
                      clientId={clientId}
                      plan={p}
                      onPlanned={(changed) => {
                        close('change', p);
                        setNotice(t('planChanged', { date: formatDay(changed.due, locale, now) }));
                      }}
                      onCancel={() => close('change', p)}
                    />
                  ) : (
                    <div className={styles.actions} role="group" aria-label={t('planActionsOf', describe(p))}>
                      <Button ref={returnPoint(actionKey('record', p))} size="small" icon={<CheckmarkRegular />} onClick={() => start({ kind: 'record', plan: p })}>
                        {t('recordContact')}
                      </Button>
                      <Button ref={returnPoint(actionKey('change', p))} size="small" icon={<CalendarArrowRightRegular />} onClick={() => start({ kind: 'change', plan: p })}>
                        {t('reschedule')}
                      </Button>
                      <Button size="small" icon={<DeleteRegular />} onClick={() => { start(null); setRemoving(p); }}>
                        {t('removePlan')}
                      </Button>
                    </div>
                  )}
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
      <ConfirmDialog
        open={removing !== null}
        title={t('removePlanTitle')}
        confirmLabel={t('removePlanConfirm')}
        cancelLabel={t('keepPlan')}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
        // The removed plan's buttons go with it.
        fallbackFocus={() => planButton.current}
      >
        {removing && t('removePlanBody', describe(removing))}
      </ConfirmDialog>
    </div>
  );
}
