import { Text } from '@fluentui/react-components';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FormFooter } from '../../../ui/FormFooter';
import { PaneForm } from '../../../ui/PaneForm';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useFormStyles } from '../../../ui/useFormStyles';
import { useSaving } from '../../../ui/useSaving';
import { ContactEntryFields } from '../../history/components/ContactEntryFields';
import { DepartmentField } from '../../history/components/DepartmentField';
import { useContactDraft } from '../../history/hooks/useContactDraft';
import { serviceCasesStrings } from '../serviceCasesStrings';

type DepartmentEntryFormProps = {
  clientId: string;
  /** The form's accessible name and heading. */
  title: string;
  serviceCaseId?: string;
  dealId?: string;
  onRecorded: (entry: HistoryEntry) => void;
  onCancel: () => void;
};

/**
 * A contact logged by any department — after-sales on a case, marketing with a satisfaction survey —
 * in the client's history; a survey asks for its score (0–10).
 */
export function DepartmentEntryForm({ clientId, title, serviceCaseId, dealId, onRecorded, onCancel }: DepartmentEntryFormProps) {
  const { t } = useT(serviceCasesStrings);
  const app = useApp();
  const formStyles = useFormStyles();
  const { errorFor, hasErrors, failureMessage, fail, clear, mended } = useFieldErrors();
  const { draft, change, recorded, surveyScore } = useContactDraft('after-sales');
  const { saving, saveWith } = useSaving({ fail, clear });

  const save = () =>
    saveWith(async () => {
      onRecorded(await app.deals.recordDepartmentEntry({ ...recorded, clientId, serviceCaseId, dealId, surveyScore }));
    });

  return (
    <PaneForm className={formStyles.shadedForm} label={title} onSubmit={() => void save()}>
      <Text weight="semibold">{title}</Text>
      <ContactEntryFields draft={draft} change={change} labels={t} errorFor={errorFor} mended={mended} />
      <DepartmentField value={draft.department} onChange={(department) => change({ department })} labels={t} />
      <FormFooter labels={t} fieldErrorsShown={hasErrors} failureMessage={failureMessage((message) => t('saveFailed', { message }))} saving={saving} onCancel={onCancel} />
    </PaneForm>
  );
}
