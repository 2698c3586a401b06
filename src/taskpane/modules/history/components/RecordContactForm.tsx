import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Contact } from '../../../../domain/model/Contact';
import { departments, type Department } from '../../../../domain/model/Department';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FormFooter } from '../../../ui/FormFooter';
import { FramedForm } from '../../../ui/FramedForm';
import { formatDay, localDateTimeInput } from '../../../ui/localDates';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { historyStrings } from '../historyStrings';

type RecordContactFormProps = {
  clientId: string;
  contacts: Contact[];
  plans: PlannedContact[];
  onRecorded: (entry: HistoryEntry) => void;
  onCancel: () => void;
};

/** "Record contact" after a call or meeting; it can close the planned contact it fulfils. */
export function RecordContactForm({ clientId, contacts, plans, onRecorded, onCancel }: RecordContactFormProps) {
  const { t, locale } = useT(historyStrings);
  const app = useApp();
  const { labelOf } = useReferenceItems();
  const { errorFor, hasErrors, failure, fail, clear } = useFieldErrors();
  const now = app.clock.now();
  const openPlans = plans.filter((p) => p.status === 'open').sort((a, b) => a.due.localeCompare(b.due));
  const [type, setType] = useState('call');
  const [at, setAt] = useState(() => localDateTimeInput(now));
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState('');
  const [contactId, setContactId] = useState('');
  // '' until the user's own department is known; the user can still choose another.
  const [department, setDepartment] = useState<Department | ''>('');
  const [completes, setCompletes] = useState(openPlans[0]?.id ?? '');
  const [dealId, setDealId] = useState('');
  const [score, setScore] = useState('');
  const [saving, setSaving] = useState(false);
  const deals = useLive(() => app.deals.queries.clientDeals(clientId), [clientId]).data?.deals ?? [];
  const survey = type === 'survey';

  useEffect(() => {
    let cancelled = false;
    app.me().then(
      (me) => !cancelled && setDepartment((d) => d || me.department),
      () => !cancelled && setDepartment((d) => d || 'sales'),
    );
    return () => {
      cancelled = true;
    };
  }, [app]);

  const save = async () => {
    setSaving(true);
    clear();
    try {
      const when = new Date(at);
      const common = {
        clientId,
        type,
        at: Number.isNaN(when.getTime()) ? '' : when.toISOString(),
        text,
        outcome,
        contactIds: contactId ? [contactId] : [],
        department: department || undefined,
      };
      // A survey (with its score) or a contact for a deal is written with its link in one go;
      // closing a planned contact goes through recordContact, and the deal link follows it.
      const closesPlan = completes !== '' && !survey;
      const entry =
        survey || (dealId && !closesPlan)
          ? await app.deals.recordDepartmentEntry({
              ...common,
              dealId: dealId || undefined,
              surveyScore: survey ? (score.trim() === '' ? null : Number(score.trim().replace(',', '.'))) : null,
            })
          : await app.recordContact({ ...common, completesPlannedContactId: completes || undefined });
      onRecorded(dealId && closesPlan ? await app.deals.linkHistory(entry.id, dealId) : entry);
    } catch (error) {
      fail(error);
      setSaving(false);
    }
  };

  return (
    <FramedForm heading="panel" plain title={t('recordTitle')} onSubmit={() => void save()}>
      <ReferenceSelect list="historyType" label={t('type')} value={type} onChange={setType} optional={false} validationMessage={errorFor('type')} />
      {survey && (
        <Field label={t('surveyScore')} hint={t('surveyScoreHint')} validationMessage={errorFor('surveyScore')}>
          <Input type="number" min={0} max={10} step={1} value={score} onChange={(_, d) => setScore(d.value)} />
        </Field>
      )}
      <Field label={t('at')} validationMessage={errorFor('at')}>
        <Input type="datetime-local" value={at} onChange={(_, d) => setAt(d.value)} />
      </Field>
      <Field label={t('text')} validationMessage={errorFor('text')}>
        <Textarea value={text} resize="vertical" rows={4} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label={t('outcome')}>
        <Input value={outcome} onChange={(_, d) => setOutcome(d.value)} />
      </Field>
      {contacts.length > 0 && (
        <Field label={t('contactPeople')}>
          <Select value={contactId} onChange={(_, d) => setContactId(d.value)}>
            <option value="">{t('nobody')}</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name || c.emails[0]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t('department')}>
        <Select value={department} onChange={(_, d) => setDepartment(d.value as Department)}>
          {department === '' && <option value="" />}
          {departments.map((d) => (
            <option key={d} value={d}>
              {t(d)}
            </option>
          ))}
        </Select>
      </Field>
      {deals.length > 0 && (
        <Field label={t('deal')} validationMessage={errorFor('dealId')}>
          <Select value={dealId} onChange={(_, d) => setDealId(d.value)}>
            <option value="">{t('noDeal')}</option>
            {deals.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {openPlans.length > 0 && !survey && (
        <Field label={t('completes')}>
          <Select value={completes} onChange={(_, d) => setCompletes(d.value)}>
            <option value="">{t('completesNone')}</option>
            {openPlans.map((p) => (
              <option key={p.id} value={p.id}>
                {t('planLabel', { date: formatDay(p.due, locale, now), kind: labelOf('historyType', p.kind) })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <FormFooter
        fieldErrorsShown={hasErrors}
        fieldErrorsMessage={t('fixErrors')}
        failureMessage={failure && t('recordFailed', { message: failure })}
        saving={saving}
        savingLabel={t('saving')}
        submitLabel={t('save')}
        cancelLabel={t('cancel')}
        onCancel={onCancel}
      />
    </FramedForm>
  );
}
