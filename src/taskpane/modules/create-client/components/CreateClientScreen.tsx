import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ClientDraft } from '../../../../app/clientDraft';
import type { ClientStatus } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { ClientStatusField } from '../../../ui/ClientStatusField';
import { FormFooter } from '../../../ui/FormFooter';
import { ListEditor } from '../../../ui/ListEditor';
import { PaneForm } from '../../../ui/PaneForm';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useNavigation } from '../../../ui/Route';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useSaving } from '../../../ui/useSaving';
import { createClientStrings } from '../createClientStrings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
});

type CreateClientScreenProps = { draft: ClientDraft; fromMessage?: boolean };

/**
 * "Create client": the draft from the open message, editable, saved with its first contact. Made
 * for a message's sender, saving returns to that message, now matched, where the next step is to
 * log it; the new card is one click away there.
 */
export function CreateClientScreen({ draft, fromMessage = false }: CreateClientScreenProps) {
  const { t } = useT(createClientStrings);
  const app = useApp();
  const { go, back } = useNavigation();
  const styles = useStyles();
  const { errorFor, rowsFor, hasErrors, failureMessage, fail, clear, edited } = useFieldErrors();
  const { saving, saveWith } = useSaving({ fail, clear });
  const [name, setName] = useState(draft.name);
  const [status, setStatus] = useState<ClientStatus>('lead');
  const [domains, setDomains] = useState(draft.domains);
  const [website, setWebsite] = useState(draft.website);
  const [phone, setPhone] = useState(draft.phone);
  const [contact, setContact] = useState(draft.contact);
  const [segment, setSegment] = useState({ region: '', industry: '', leadSource: draft.leadSource, trigger: draft.trigger });
  const save = () =>
    saveWith(async () => {
      const client = await app.createClient({
        client: { name, status, domains: domains.filter((d) => d.trim()), website: website.trim(), phone: phone.trim(), ...segment },
        contacts: [{ name: contact.name, position: contact.position, emails: [contact.email], phones: contact.phones }],
      });
      if (fromMessage) back();
      else go({ screen: 'client', clientId: client.id });
    });

  return (
    <PaneForm className={styles.form} labelledBy="create-client-title" onSubmit={() => void save()}>
      <Text as="h1" size={500} weight="semibold" id="create-client-title">
        {t('title')}
      </Text>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Text weight="semibold">{t('client')}</Text>
        </legend>
        <Field label={t('name')} required validationMessage={errorFor('name')}>
          <Input value={name} onChange={(_, d) => edited('name', setName)(d.value)} />
        </Field>
        <ClientStatusField label={t('status')} value={status} onChange={setStatus} />
        <ListEditor label={t('domains')} addLabel={t('addDomain')} values={domains} onChange={edited('domains', setDomains)} placeholder="contoso.com" validationMessage={errorFor('domains')} />
        <Field label={t('website')}>
          <Input type="url" value={website} onChange={(_, d) => setWebsite(d.value)} />
        </Field>
        <Field label={t('phone')} validationMessage={errorFor('phone')}>
          <Input type="tel" value={phone} onChange={(_, d) => edited('phone', setPhone)(d.value)} />
        </Field>
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Text weight="semibold">{t('firstContact')}</Text>
        </legend>
        <Field label={t('contactName')}>
          <Input value={contact.name} onChange={(_, d) => setContact({ ...contact, name: d.value })} />
        </Field>
        <Field label={t('contactEmail')} validationMessage={errorFor('contacts.0.emails')}>
          <Input type="email" value={contact.email} onChange={(_, d) => edited('contacts.0.emails', setContact)({ ...contact, email: d.value })} />
        </Field>
        <Field label={t('position')}>
          <Input value={contact.position} onChange={(_, d) => setContact({ ...contact, position: d.value })} />
        </Field>
        <ListEditor label={t('contactPhones')} addLabel={t('addPhone')} type="tel" values={contact.phones} onChange={(phones) => edited('contacts.0.phones', setContact)({ ...contact, phones })} validationMessage={errorFor('contacts.0.phones')} invalidRows={rowsFor('contacts.0.phones')} />
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Text weight="semibold">{t('segment')}</Text>
        </legend>
        <ReferenceSelect list="region" label={t('region')} value={segment.region} onChange={(region) => setSegment({ ...segment, region })} />
        <ReferenceSelect list="industry" label={t('industry')} value={segment.industry} onChange={(industry) => setSegment({ ...segment, industry })} />
        <ReferenceSelect list="leadSource" label={t('leadSource')} value={segment.leadSource} onChange={(leadSource) => setSegment({ ...segment, leadSource })} />
        <ReferenceSelect list="trigger" label={t('trigger')} value={segment.trigger} onChange={(trigger) => setSegment({ ...segment, trigger })} />
      </fieldset>
      <FormFooter labels={t} fieldErrorsShown={hasErrors} failureMessage={failureMessage((message) => t('saveFailed', { message }))} saving={saving} onCancel={back} />
    </PaneForm>
  );
}
