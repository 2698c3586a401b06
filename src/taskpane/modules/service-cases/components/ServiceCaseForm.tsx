import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServiceCase } from '../../../../domain/model/ServiceCase';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { DateField } from '../../../ui/DateField';
import { FormFooter } from '../../../ui/FormFooter';
import { FramedForm } from '../../../ui/FramedForm';
import { localIsoDate } from '../../../ui/localDates';
import { OwnerField } from '../../../ui/OwnerField';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useSaving } from '../../../ui/useSaving';
import { serviceCasesStrings } from '../serviceCasesStrings';

type ServiceCaseFormProps = {
  clientId: string;
  /** The case to edit; absent to open a new one. */
  serviceCase?: ServiceCase;
  onSaved: (serviceCase: ServiceCase) => void;
  onCancel: () => void;
};

/**
 * A problem the client raised: title, description, severity, owner and the day it was raised.
 * Opens a case, or corrects those facts of one already open (its status changes on the case itself).
 */
export function ServiceCaseForm({ clientId, serviceCase, onSaved, onCancel }: ServiceCaseFormProps) {
  const { t } = useT(serviceCasesStrings);
  const app = useApp();
  const { errorFor, hasErrors, failureMessage, fail, clear, edited } = useFieldErrors();
  // The case as opened: a save sends only what differs from it (updateServiceCase), so a colleague's edit pulled meanwhile stays.
  const [read] = useState(serviceCase);
  const [title, setTitle] = useState(serviceCase?.title ?? '');
  const [description, setDescription] = useState(serviceCase?.description ?? '');
  const [severity, setSeverity] = useState(serviceCase?.severity ?? 'normal');
  const [owner, setOwner] = useState(serviceCase?.owner ?? '');
  const [openedOn, setOpenedOn] = useState(() => serviceCase?.openedOn ?? localIsoDate(app.clock.now()));
  const { saving, saveWith } = useSaving({ fail, clear });
  const save = () =>
    saveWith(async () => {
      const fields = { title, description, severity, owner, openedOn };
      onSaved(read ? await app.deals.updateServiceCase(read.id, fields, read) : await app.deals.openServiceCase({ clientId, ...fields }));
    });

  return (
    <FramedForm title={serviceCase ? t('editCaseTitle', { title: serviceCase.title }) : t('newCaseTitle')} onSubmit={() => void save()}>
      <Field label={t('title')} required validationMessage={errorFor('title')}>
        <Input value={title} onChange={(_, d) => edited('title', setTitle)(d.value)} />
      </Field>
      <Field label={t('description')}>
        <Textarea value={description} resize="vertical" onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <ReferenceSelect list="caseSeverity" label={t('severity')} value={severity} onChange={edited('severity', setSeverity)} optional={false} validationMessage={errorFor('severity')} />
      <OwnerField label={t('owner')} hint={t('ownerHint')} value={owner} onChange={edited('owner', setOwner)} validationMessage={errorFor('owner')} />
      <DateField label={t('openedOn')} value={openedOn} onChange={edited('openedOn', setOpenedOn)} validationMessage={errorFor('openedOn')} />
      <FormFooter
        labels={t}
        fieldErrorsShown={hasErrors}
        failureMessage={failureMessage((message) => t('saveFailed', { message }))}
        saving={saving}
        submitLabel={serviceCase ? t('save') : t('openCase')}
        onCancel={onCancel}
      />
    </FramedForm>
  );
}
