import { Field, Textarea } from '@fluentui/react-components';
import { useLayoutEffect, useState } from 'react';
import { PlanNotOpenError } from '../../../../app/historyUseCases';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { DateField } from '../../../ui/DateField';
import type { FormDraft } from '../../../ui/FormDraft';
import { FormFooter } from '../../../ui/FormFooter';
import { FramedForm } from '../../../ui/FramedForm';
import { addWorkingDays, localIsoDate } from '../../../ui/localDates';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useSaving } from '../../../ui/useSaving';
import { historyStrings } from '../historyStrings';
import { WordedFailure } from '../../../ui/WordedFailure';

/** Working days a follow-up usually waits: long enough for the client to think, short enough to stay warm. */
const DEFAULT_WAIT_WORKING_DAYS = 3;

/** Plan next contact as typed, to draw it again as it was left. */
export type PlanValues = { due: string; kind: string; note: string };

type PlanNextContactFormProps = {
  clientId: string;
  /** An open plan to change (reschedule) rather than a new one. */
  plan?: PlannedContact;
  onPlanned: (plan: PlannedContact) => void;
  onCancel: () => void;
  /** Label of the cancel button ("Not now" when offered right after recording a contact). */
  cancelLabel?: string;
  /** Where the owner keeps what is typed (PaneForm): the form starts as it was left there. */
  kept?: FormDraft<PlanValues>;
};

/** "Plan next contact": a date (not in the past), how to contact, and a note; or the same for a plan being changed. */
export function PlanNextContactForm({ clientId, plan, onPlanned, onCancel, cancelLabel, kept }: PlanNextContactFormProps) {
  const { t } = useT(historyStrings);
  const app = useApp();
  const { errorFor, hasErrors, failureMessage, fail, clear, edited } = useFieldErrors();
  const left = kept?.values;
  const [due, setDue] = useState(() => left?.due ?? plan?.due ?? localIsoDate(addWorkingDays(app.clock.now(), DEFAULT_WAIT_WORKING_DAYS)));
  const [kind, setKind] = useState(left?.kind ?? plan?.kind ?? 'call');
  const [note, setNote] = useState(left?.note ?? plan?.note ?? '');
  useLayoutEffect(() => {
    kept?.keep({ due, kind, note });
  }, [kept, due, kind, note]);
  const { saving, saveWith } = useSaving({ fail, clear });
  const save = () =>
    saveWith(async () => {
      const input = { clientId, due, kind, note };
      try {
        onPlanned(plan ? await app.changePlannedContact(plan.id, input) : await app.planNextContact(input));
      } catch (error) {
        throw error instanceof PlanNotOpenError ? new WordedFailure(t('planNotOpen')) : error;
      }
    });

  return (
    <FramedForm heading="panel" plain title={t(plan ? 'changePlanTitle' : 'planTitle')} onSubmit={() => void save()} kept={kept}>
      <DateField label={t('due')} value={due} min={localIsoDate(app.clock.now())} onChange={edited('due', setDue)} validationMessage={errorFor('due')} />
      <ReferenceSelect list="historyType" label={t('kind')} value={kind} onChange={edited('kind', setKind)} optional={false} validationMessage={errorFor('kind')} />
      <Field label={t('note')}>
        <Textarea value={note} resize="vertical" onChange={(_, d) => setNote(d.value)} />
      </Field>
      <FormFooter
        labels={t}
        fieldErrorsShown={hasErrors}
        failureMessage={failureMessage((message) => t(plan ? 'changeFailed' : 'planFailed', { message }))}
        saving={saving}
        submitLabel={t(plan ? 'save' : 'planNext')}
        cancelLabel={cancelLabel}
        onCancel={onCancel}
      />
    </FramedForm>
  );
}
