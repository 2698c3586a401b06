import { Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { mailingConsents, type Client, type MailingConsent } from '../../../../domain/model/Client';
import { readDecimal } from '../../../../domain/readDecimal';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { ClientStatusField } from '../../../ui/ClientStatusField';
import { decimalText } from '../../../ui/decimalText';
import { clientStatusStrings } from '../../../ui/clientStatusStrings';
import { FormFooter } from '../../../ui/FormFooter';
import { ListEditor } from '../../../ui/ListEditor';
import { localIsoDate } from '../../../ui/localDates';
import { OwnerField } from '../../../ui/OwnerField';
import { PaneForm } from '../../../ui/PaneForm';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useSaving } from '../../../ui/useSaving';
import { clientCardStrings } from '../clientCardStrings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
});

const consentKey = { unknown: 'consentUnknown', granted: 'consentGranted', 'opted-out': 'consentOptedOut' } as const;

/** `onDone` gets the saved client, or null when the manager cancelled. */
type CardEditFormProps = { client: Client; onDone: (saved: Client | null) => void };

/** Edits every field of the card; impression and probability get today's date when they change. */
export function CardEditForm({ client, onDone }: CardEditFormProps) {
  const { t, locale } = useT(clientCardStrings);
  const { t: ts } = useT(clientStatusStrings);
  const app = useApp();
  const styles = useStyles();
  const { errorFor, hasErrors, failureMessage, fail, clear, mended, edited } = useFieldErrors();
  // The card as opened: `client` follows the store, and a save sends only what differs from this (saveClient).
  const [read] = useState(client);
  const [draft, setDraft] = useState(client);
  const [impression, setImpression] = useState(client.impression?.value ?? '');
  const [probability, setProbability] = useState(client.purchaseProbability ? decimalText.number(client.purchaseProbability.value, locale) : '');
  const { saving, saveWith } = useSaving({ fail, clear });
  // Editing a field takes its message away (the draft's keys are the app's field keys); the others stay until mended or the next save.
  const set = <K extends keyof Client>(key: K, value: Client[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    mended(key);
  };
  const setAddress = (key: keyof Client['address'], value: string) => setDraft((d) => ({ ...d, address: { ...d.address, [key]: value } }));

  const save = () => {
    const today = localIsoDate(app.clock.now());
    const impressionText = impression.trim();
    const probabilityText = probability.trim().replace(/%$/, '').trim();
    const nextImpression =
      impressionText === (read.impression?.value ?? '') ? read.impression : impressionText ? { value: impressionText, on: today } : null;
    const value = readDecimal(probabilityText);
    const nextProbability =
      probabilityText === '' ? null : read.purchaseProbability?.value === value ? read.purchaseProbability : { value, on: today };
    return saveWith(async () => {
      onDone(await app.saveClient({ ...draft, domains: draft.domains.filter((d) => d.trim()), impression: nextImpression, purchaseProbability: nextProbability }, read));
    });
  };

  return (
    <PaneForm className={styles.form} label={t('edit')} onSubmit={() => void save()}>
      <Field label={t('name')} required validationMessage={errorFor('name')}>
        <Input value={draft.name} onChange={(_, d) => set('name', d.value)} />
      </Field>
      <ClientStatusField label={t('status')} value={draft.status} onChange={(status) => set('status', status)} />
      <OwnerField label={t('owner')} value={draft.owner} onChange={(owner) => set('owner', owner)} validationMessage={errorFor('owner')} />
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Text weight="semibold">{t('address')}</Text>
        </legend>
        <Field label={t('street')}>
          <Input value={draft.address.street} onChange={(_, d) => setAddress('street', d.value)} />
        </Field>
        <Field label={t('city')}>
          <Input value={draft.address.city} onChange={(_, d) => setAddress('city', d.value)} />
        </Field>
        <Field label={t('postalCode')}>
          <Input value={draft.address.postalCode} onChange={(_, d) => setAddress('postalCode', d.value)} />
        </Field>
        <Field label={t('country')}>
          <Input value={draft.address.country} onChange={(_, d) => setAddress('country', d.value)} />
        </Field>
      </fieldset>
      <ReferenceSelect list="region" label={t('region')} value={draft.region} onChange={(v) => set('region', v)} />
      <ReferenceSelect list="industry" label={t('industry')} value={draft.industry} onChange={(v) => set('industry', v)} />
      <ReferenceSelect list="leadSource" label={t('leadSource')} value={draft.leadSource} onChange={(v) => set('leadSource', v)} />
      <ReferenceSelect list="trigger" label={t('trigger')} value={draft.trigger} onChange={(v) => set('trigger', v)} />
      <Field label={t('impression')} hint={t('impressionHint')} validationMessage={errorFor('impression')}>
        <Textarea value={impression} resize="vertical" onChange={(_, d) => edited('impression', setImpression)(d.value)} />
      </Field>
      <Field label={t('purchaseProbability')} hint={t('probabilityHint')} validationMessage={errorFor('purchaseProbability')}>
        <Input inputMode="decimal" value={probability} onChange={(_, d) => edited('purchaseProbability', setProbability)(d.value)} />
      </Field>
      <ListEditor label={t('domains')} addLabel={t('addDomain')} values={draft.domains} onChange={(v) => set('domains', v)} placeholder="contoso.com" validationMessage={errorFor('domains')} />
      <Field label={t('phone')} validationMessage={errorFor('phone')}>
        <Input type="tel" value={draft.phone} onChange={(_, d) => set('phone', d.value)} />
      </Field>
      <Field label={t('website')}>
        <Input type="url" value={draft.website} onChange={(_, d) => set('website', d.value)} />
      </Field>
      <Field label={t('mailingConsent')}>
        <Select value={draft.mailingConsent} onChange={(_, d) => set('mailingConsent', d.value as MailingConsent)}>
          {mailingConsents.map((c) => (
            <option key={c} value={c}>
              {ts(consentKey[c])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('notes')}>
        <Textarea value={draft.notes} resize="vertical" onChange={(_, d) => set('notes', d.value)} />
      </Field>
      <FormFooter labels={t} fieldErrorsShown={hasErrors} failureMessage={failureMessage((message) => t('saveFailed', { message }))} saving={saving} onCancel={() => onDone(null)} />
    </PaneForm>
  );
}
