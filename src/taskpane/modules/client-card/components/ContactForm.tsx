import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { Contact } from '../../../../domain/model/Contact';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FormFooter } from '../../../ui/FormFooter';
import { ListEditor } from '../../../ui/ListEditor';
import { PaneForm } from '../../../ui/PaneForm';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useFormStyles } from '../../../ui/useFormStyles';
import { useSaving } from '../../../ui/useSaving';
import { clientCardStrings } from '../clientCardStrings';

type ContactFormProps = {
  clientId: string;
  /** The contact to edit; absent for a new one. */
  contact?: Contact;
  onDone: () => void;
};

/** Adds or edits a contact person; a bad address is shown beside the field and nothing typed is lost. */
export function ContactForm({ clientId, contact, onDone }: ContactFormProps) {
  const { t } = useT(clientCardStrings);
  const app = useApp();
  const formStyles = useFormStyles();
  const { errorFor, rowsFor, hasErrors, failureMessage, fail, clear, edited } = useFieldErrors();
  // The contact as opened: a save sends only what differs from it (saveContact), so a colleague's edit pulled meanwhile stays.
  const [read] = useState(contact);
  const [name, setName] = useState(contact?.name ?? '');
  const [position, setPosition] = useState(contact?.position ?? '');
  const [emails, setEmails] = useState(contact?.emails ?? []);
  const [phones, setPhones] = useState(contact?.phones ?? []);
  const { saving, saveWith } = useSaving({ fail, clear });
  const save = () =>
    saveWith(async () => {
      await app.saveContact({ id: read?.id, createdAt: read?.createdAt, clientId, name, position, emails, phones }, read);
      onDone();
    });

  return (
    <PaneForm className={formStyles.plainForm} label={contact ? t('editContactOf', { name: contact.name }) : t('newContact')} onSubmit={() => void save()}>
      <Field label={t('contactName')} validationMessage={errorFor('name')}>
        <Input value={name} onChange={(_, d) => edited('name', setName)(d.value)} />
      </Field>
      <Field label={t('position')}>
        <Input value={position} onChange={(_, d) => setPosition(d.value)} />
      </Field>
      <ListEditor label={t('emails')} addLabel={t('addEmail')} type="email" values={emails} onChange={edited('emails', setEmails)} validationMessage={errorFor('emails')} invalidRows={rowsFor('emails')} />
      <ListEditor label={t('phones')} addLabel={t('addPhone')} type="tel" values={phones} onChange={edited('phones', setPhones)} validationMessage={errorFor('phones')} invalidRows={rowsFor('phones')} />
      <FormFooter labels={t} fieldErrorsShown={hasErrors} failureMessage={failureMessage((message) => t('contactSaveFailed', { message }))} saving={saving} submitLabel={t('saveContact')} onCancel={onDone} />
    </PaneForm>
  );
}
