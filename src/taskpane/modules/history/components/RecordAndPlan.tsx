import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CalendarAddRegular } from '@fluentui/react-icons';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Contact } from '../../../../domain/model/Contact';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FormDraft } from '../../../ui/FormDraft';
import { LiveNotice } from '../../../ui/LiveNotice';
import { formatDay } from '../../../ui/localDates';
import { historyStrings } from '../historyStrings';
import type { RecordAndPlanDraft, RecordAndPlanStep } from '../RecordAndPlanDraft';
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

type RecordAndPlanProps = {
  clientId: string;
  contacts: Contact[];
  plans: PlannedContact[];
  /**
   * Beside a screen's own main action (the open message's Log email) neither is the primary
   * button, and both are small, as the card's other actions: "Запланувати наступний контакт" fits a 360 px card's row.
   */
  quiet?: boolean;
  /** Where the steps are kept beyond this part (the open message's card): it starts as they were left there. */
  kept?: RecordAndPlanDraft;
  /**
   * Shows a recorded entry where this part sits beside a list of them (History): returns how many
   * of that list's filters it cleared to do so, which the notice then tells.
   */
  reveal?: (entry: HistoryEntry) => number;
  /** The contact person Record contact starts with: the open message's sender, where they are one of the client's. */
  contactId?: string;
};

/** "Record contact" and then "Plan next contact", or planning alone; wherever a client is at hand (History, the open message). */
export function RecordAndPlan({ clientId, contacts, plans, quiet = false, kept, reveal, contactId }: RecordAndPlanProps) {
  const { t, locale } = useT(historyStrings);
  const app = useApp();
  const styles = useStyles();
  const [draft] = useState(() => kept?.forClient(clientId));
  const [step, setStep] = useState<RecordAndPlanStep>(draft?.step ?? { kind: 'idle' });
  const [recorded, setRecorded] = useState(draft?.recorded ?? false);
  const [filtersCleared, setFiltersCleared] = useState(0);
  useLayoutEffect(() => {
    draft?.leave(step, recorded);
  }, [draft, step, recorded]);
  const planButton = useRef<HTMLButtonElement>(null);
  const backToPlan = useRef(false);
  // The closed plan form's place is taken by the notice and what follows (History's filters):
  // the focus goes back to the button that opened it, shown again in this same commit.
  useLayoutEffect(() => {
    if (!backToPlan.current) return;
    backToPlan.current = false;
    planButton.current?.focus();
  });
  const closePlan = (next: RecordAndPlanStep) => {
    backToPlan.current = true;
    setStep(next);
  };

  const notice = step.kind === 'planned' ? t('planned', { date: formatDay(step.due, locale, app.clock.now()) }) : recorded ? (filtersCleared ? t('recordedUnfiltered', { count: filtersCleared }) : t('recorded')) : '';
  return (
    <div className={styles.steps}>
      {step.kind === 'recording' ? (
        <RecordContactForm
          kept={step.form}
          clientId={clientId}
          contacts={contacts}
          contactId={contactId}
          plans={plans}
          onRecorded={(entry) => {
            setFiltersCleared(reveal?.(entry) ?? 0);
            setRecorded(true);
            setStep({ kind: 'planning', afterRecord: true, form: new FormDraft() });
          }}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      ) : (
        <div className={styles.actions}>
          <Button appearance={quiet ? 'secondary' : 'primary'} size={quiet ? 'small' : 'medium'} icon={<AddRegular />} onClick={() => { setRecorded(false); setStep({ kind: 'recording', form: new FormDraft() }); }}>
            {t('recordContact')}
          </Button>
          {step.kind !== 'planning' && (
            <Button ref={planButton} size={quiet ? 'small' : 'medium'} icon={<CalendarAddRegular />} onClick={() => { setRecorded(false); setStep({ kind: 'planning', afterRecord: false, form: new FormDraft() }); }}>
              {t('planNext')}
            </Button>
          )}
        </div>
      )}
      <LiveNotice message={notice} />
      {step.kind === 'planning' && (
        <PlanNextContactForm
          kept={step.form}
          clientId={clientId}
          cancelLabel={step.afterRecord ? t('notNow') : undefined}
          onPlanned={(plan) => { setRecorded(false); closePlan({ kind: 'planned', due: plan.due }); }}
          onCancel={() => closePlan({ kind: 'idle' })}
        />
      )}
    </div>
  );
}
