import { Field, Select } from '@fluentui/react-components';
import { useLayoutEffect, useState } from 'react';
import type { Contact } from '../../../../domain/model/Contact';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import type { FormDraft } from '../../../ui/FormDraft';
import { FormFooter } from '../../../ui/FormFooter';
import { FramedForm } from '../../../ui/FramedForm';
import { formatDay } from '../../../ui/localDates';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { useSaving } from '../../../ui/useSaving';
import { historyStrings } from '../historyStrings';
import { useContactDraft, type ContactDraft } from '../hooks/useContactDraft';
import { ContactEntryFields } from './ContactEntryFields';
import { DepartmentField } from './DepartmentField';

/** Record contact as typed, to draw it again as it was left. */
export type RecordContactValues = { entry: ContactDraft; contactId: string; chosen: string | null; dealId: string };

type RecordContactFormProps = {
  clientId: string;
  contacts: Contact[];
  plans: PlannedContact[];
  /** The plan this contact fulfils, when it is recorded from that plan; else the earliest open one. */
  completesId?: string;
  onRecorded: (entry: HistoryEntry) => void;
  onCancel: () => void;
  /** Where the owner keeps what is typed (PaneForm): the form starts as it was left there. */
  kept?: FormDraft<RecordContactValues>;
  /** The contact person the form starts with (the open message's sender), else none. */
  contactId?: string;
};

/** "Record contact" after a call or meeting; it can close the planned contact it fulfils. */
export function RecordContactForm({ clientId, contacts, plans, completesId, onRecorded, onCancel, kept, contactId: startsWith = '' }: RecordContactFormProps) {
  const { t, locale } = useT(historyStrings);
  const app = useApp();
  const { labelOf } = useReferenceItems();
  const { errorFor, hasErrors, failureMessage, fail, clear, mended } = useFieldErrors();
  const now = app.clock.now();
  const openPlans = plans.filter((p) => p.status === 'open').sort((a, b) => a.due.localeCompare(b.due));
  const left = kept?.values;
  const { draft, change, survey, recorded, surveyScore } = useContactDraft('sales', plans.find((p) => p.id === completesId)?.kind, left?.entry);
  const [contactId, setContactId] = useState(left?.contactId ?? (contacts.some((c) => c.id === startsWith) ? startsWith : ''));
  // Until the user chooses, the plan this contact does is the earliest open one of its kind: a call
  // noted in passing must not close a planned meeting the narrow form shows below the fold.
  const [chosen, setCompletes] = useState<string | null>(left ? left.chosen : (completesId ?? null));
  const completes = chosen ?? openPlans.find((p) => p.kind === draft.type)?.id ?? '';
  const [dealId, setDealId] = useState(left?.dealId ?? '');
  const chooseDeal = (id: string) => {
    setDealId(id);
    mended('dealId');
  };
  useLayoutEffect(() => {
    kept?.keep({ entry: draft, contactId, chosen, dealId });
  }, [kept, draft, contactId, chosen, dealId]);
  const { saving, saveWith } = useSaving({ fail, clear });
  const deals = useLive(() => app.deals.queries.clientDeals(clientId), [clientId]).data?.deals ?? [];

  const save = () =>
    saveWith(async () => {
      const common = { ...recorded, clientId, contactIds: contactId ? [contactId] : [] };
      // A survey (with its score) or a contact for a deal is written with its link in one go;
      // closing a planned contact goes through recordContact, and the deal link follows it.
      const closesPlan = completes !== '' && !survey;
      const entry =
        survey || (dealId && !closesPlan)
          ? await app.deals.recordDepartmentEntry({ ...common, dealId: dealId || undefined, surveyScore })
          : await app.recordContact({ ...common, completesPlannedContactId: completes || undefined });
      onRecorded(dealId && closesPlan ? await app.deals.linkHistory(entry.id, dealId) : entry);
    });

  return (
    <FramedForm heading="panel" plain title={t('recordTitle')} onSubmit={() => void save()} kept={kept}>
      <ContactEntryFields draft={draft} change={change} labels={t} errorFor={errorFor} mended={mended} textRows={4} />
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
      <DepartmentField value={draft.department} onChange={(department) => change({ department })} labels={t} />
      {deals.length > 0 && (
        <Field label={t('deal')} validationMessage={errorFor('dealId')}>
          <Select value={dealId} onChange={(_, d) => chooseDeal(d.value)}>
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
      <FormFooter labels={t} fieldErrorsShown={hasErrors} failureMessage={failureMessage((message) => t('recordFailed', { message }))} saving={saving} onCancel={onCancel} />
    </FramedForm>
  );
}
