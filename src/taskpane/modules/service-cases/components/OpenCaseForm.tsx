import { Field, Input, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServiceCase } from '../../../../domain/model/ServiceCase';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FormFooter } from '../../../ui/FormFooter';
import { localIsoDate } from '../../../ui/localDates';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useFormStyles } from '../../../ui/useFormStyles';
import { serviceCasesStrings } from '../serviceCasesStrings';

type OpenCaseFormProps = { clientId: string; onOpened: (serviceCase: ServiceCase) => void; onCancel: () => void };

/** A problem the client raised: title, description, severity, owner and the day it was raised. */
export function OpenCaseForm({ clientId, onOpened, onCancel }: OpenCaseFormProps) {
  const { t } = useT(serviceCasesStrings);
  const formStyles = useFormStyles();
  const app = useApp();
  const { errorFor, hasErrors, failure, fail, clear } = useFieldErrors();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState('normal');
  const [owner, setOwner] = useState('');
  const [openedOn, setOpenedOn] = useState(() => localIsoDate(app.clock.now()));
  const [saving, setSaving] = useState(false);

  const save = async () => {
    clear();
    setSaving(true);
    try {
      onOpened(await app.deals.openServiceCase({ clientId, title, description, severity, owner, openedOn }));
    } catch (error) {
      fail(error);
      setSaving(false);
    }
  };

  return (
    <form
      className={formStyles.form}
      aria-labelledby="new-case-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Text as="h3" weight="semibold" id="new-case-title">
        {t('newCaseTitle')}
      </Text>
      <Field label={t('title')} required validationMessage={errorFor('title')}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t('description')}>
        <Textarea value={description} resize="vertical" onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <ReferenceSelect list="caseSeverity" label={t('severity')} value={severity} onChange={setSeverity} optional={false} validationMessage={errorFor('severity')} />
      <Field label={t('owner')} hint={t('ownerHint')} validationMessage={errorFor('owner')}>
        <Input type="email" value={owner} onChange={(_, d) => setOwner(d.value)} />
      </Field>
      <Field label={t('openedOn')} validationMessage={errorFor('openedOn')}>
        <Input type="date" value={openedOn} onChange={(_, d) => setOpenedOn(d.value)} />
      </Field>
      <FormFooter
        fieldErrorsShown={hasErrors}
        fieldErrorsMessage={t('fixErrors')}
        failureMessage={failure && t('saveFailed', { message: failure })}
        saving={saving}
        savingLabel={t('saving')}
        submitLabel={t('openCase')}
        cancelLabel={t('cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
