import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CalendarAddRegular } from '@fluentui/react-icons';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Contact } from '../../../../domain/model/Contact';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { LiveNotice } from '../../../ui/LiveNotice';
import { formatDay } from '../../../ui/localDates';
import { historyStrings } from '../historyStrings';
import { PlanNextContactForm } from './PlanNextContactForm';
import { RecordContactForm } from './RecordContactForm';

const useStyles = makeStyles({
  steps: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    // The notice's live region stays in the page while empty (so it is announced), but out of the flow: no gap for nothing.
    '& > [aria-live]:empty': { position: 'absolute' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Step = { kind: 'idle' } | { kind: 'recording' } | { kind: 'planning'; afterRecord: boolean } | { kind: 'planned'; due: string };

type RecordAndPlanProps = {
  clientId: string;
  contacts: Contact[];
  plans: PlannedContact[];
  /**
   * Beside a screen's own main action (the open message's Log email) neither is the primary
   * button, and both are small, as the card's other actions: "Запланувати наступний контакт" fits a 360 px card's row.
   */
  quiet?: boolean;
};

/** "Record contact" and then "Plan next contact", or planning alone; wherever a client is at hand (History, the open message). */
export function RecordAndPlan({ clientId, contacts, plans, quiet = false }: RecordAndPlanProps) {
  const { t, locale } = useT(historyStrings);
  const app = useApp();
  const styles = useStyles();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [recorded, setRecorded] = useState(false);
  const planButton = useRef<HTMLButtonElement>(null);
  const backToPlan = useRef(false);
  // The closed plan form's place is taken by the notice and what follows (History's filters):
  // the focus goes back to the button that opened it, shown again in this same commit.
  useLayoutEffect(() => {
    if (!backToPlan.current) return;
    backToPlan.current = false;
    planButton.current?.focus();
  });
  const closePlan = (next: Step) => {
    backToPlan.current = true;
    setStep(next);
  };

  const notice = step.kind === 'planned' ? t('planned', { date: formatDay(step.due, locale, app.clock.now()) }) : recorded ? t('recorded') : '';
  return (
    <div className={styles.steps}>
      {step.kind === 'recording' ? (
        <RecordContactForm
          clientId={clientId}
          contacts={contacts}
          plans={plans}
          onRecorded={() => {
            setRecorded(true);
            setStep({ kind: 'planning', afterRecord: true });
          }}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      ) : (
        <div className={styles.actions}>
          <Button appearance={quiet ? 'secondary' : 'primary'} size={quiet ? 'small' : 'medium'} icon={<AddRegular />} onClick={() => { setRecorded(false); setStep({ kind: 'recording' }); }}>
            {t('recordContact')}
          </Button>
          {step.kind !== 'planning' && (
            <Button ref={planButton} size={quiet ? 'small' : 'medium'} icon={<CalendarAddRegular />} onClick={() => { setRecorded(false); setStep({ kind: 'planning', afterRecord: false }); }}>
              {t('planNext')}
            </Button>
          )}
        </div>
      )}
      <LiveNotice message={notice} />
      {step.kind === 'planning' && (
        <PlanNextContactForm
          clientId={clientId}
          cancelLabel={step.afterRecord ? t('notNow') : undefined}
          onPlanned={(plan) => { setRecorded(false); closePlan({ kind: 'planned', due: plan.due }); }}
          onCancel={() => closePlan({ kind: 'idle' })}
        />
      )}
    </div>
  );
}
