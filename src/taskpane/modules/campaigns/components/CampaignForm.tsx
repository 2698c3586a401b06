import { Caption1, Checkbox, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { NotAllowedError } from '../../../../app/requireRole';
import type { Campaign } from '../../../../domain/model/Campaign';
import type { ReferenceList } from '../../../../domain/model/ReferenceItem';
import { useT } from '../../../i18n/useT';
import { decimalText } from '../../../ui/decimalText';
import { useApp } from '../../../ui/AppContext';
import { CurrencyField } from '../../../ui/CurrencyField';
import { DateField } from '../../../ui/DateField';
import { FormFooter } from '../../../ui/FormFooter';
import { FramedForm } from '../../../ui/FramedForm';
import { localIsoDate } from '../../../ui/localDates';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useFormStyles } from '../../../ui/useFormStyles';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { useSaving } from '../../../ui/useSaving';
import { dealsStrings } from '../../deals/dealsStrings';
import { readAmount } from '../../deals/utils/amountInput';
import { campaignsStrings } from '../campaignsStrings';
import { WordedFailure } from '../../../ui/WordedFailure';

const useStyles = makeStyles({
  choices: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  error: { flexBasis: '100%', color: tokens.colorPaletteRedForeground1 },
});

type CampaignFormProps = { campaign?: Campaign; onSaved: (campaign: Campaign) => void; onCancel: () => void };

/** A campaign: name, channel, dates, cost and the segment it targets (regions and industries). */
export function CampaignForm({ campaign, onSaved, onCancel }: CampaignFormProps) {
  const { t } = useT(campaignsStrings);
  const amounts = useT(dealsStrings);
  const app = useApp();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const { choices } = useReferenceItems();
  const { errorFor, hasErrors, failureMessage, fail, clear, edited } = useFieldErrors();
  // The campaign as opened: a save sends only what differs from it (saveCampaign), so a colleague's edit pulled meanwhile stays.
  const [opened] = useState(campaign);
  const [name, setName] = useState(campaign?.name ?? '');
  const [channel, setChannel] = useState(campaign?.channel ?? '');
  const [startDate, setStartDate] = useState(campaign?.startDate ?? localIsoDate(app.clock.now()));
  const [endDate, setEndDate] = useState(campaign?.endDate ?? '');
  const [currency, setCurrency] = useState(campaign?.currency ?? 'UAH');
  const [cost, setCost] = useState(campaign ? decimalText.amount(campaign.costMinor, campaign.currency, amounts.locale) : '');
  const [costProblem, setCostProblem] = useState('');
  const [regions, setRegions] = useState<string[]>(campaign?.targetRegions ?? []);
  const [industries, setIndustries] = useState<string[]>(campaign?.targetIndustries ?? []);
  const [notes, setNotes] = useState(campaign?.notes ?? '');
  const [archived, setArchived] = useState(campaign?.archived ?? false);
  const { saving, saveWith } = useSaving({ fail: (error) => fail(error instanceof NotAllowedError ? new WordedFailure(t('notAllowed')) : error), clear });
  const typeCost = (value: string) => {
    setCostProblem('');
    edited('costMinor', setCost)(value);
  };

  const save = () => {
    clear();
    setCostProblem('');
    const read = cost.trim() ? readAmount(cost, currency) : { minor: 0, problem: null };
    if (read.problem) return setCostProblem(amounts.t(read.problem));
    return saveWith(async () => {
      onSaved(
        await app.deals.saveCampaign(
          {
            id: opened?.id,
            name,
            channel,
            startDate,
            endDate,
            costMinor: read.minor ?? 0,
            currency,
            targetRegions: regions,
            targetIndustries: industries,
            notes,
            archived,
          },
          opened,
        ),
      );
    });
  };

  const segment = (list: ReferenceList, legend: string, chosen: string[], set: (codes: string[]) => void, field: string) => (
    // A plain fieldset: inside a Fluent Field every checkbox would take the field's one id.
    <fieldset className={styles.choices}>
      <legend className={styles.legend}>{legend}</legend>
      {choices(list).map((o) => (
        <Checkbox
          key={o.code}
          label={o.label}
          checked={chosen.includes(o.code)}
          onChange={(_, d) => edited(field, set)(d.checked === true ? [...chosen, o.code] : chosen.filter((c) => c !== o.code))}
        />
      ))}
      {errorFor(field) && <Caption1 className={styles.error}>{errorFor(field)}</Caption1>}
    </fieldset>
  );
  return (
    <FramedForm heading="h2" title={campaign ? t('editCampaign', { name: campaign.name }) : t('newCampaign')} onSubmit={() => void save()}>
      <Field label={t('name')} required validationMessage={errorFor('name')}>
        <Input value={name} onChange={(_, d) => edited('name', setName)(d.value)} />
      </Field>
      <ReferenceSelect list="campaignChannel" label={t('channel')} value={channel} onChange={edited('channel', setChannel)} required validationMessage={errorFor('channel')} />
      <div className={formStyles.pair}>
        <DateField label={t('startDate')} value={startDate} onChange={edited('startDate', setStartDate)} validationMessage={errorFor('startDate')} />
        <DateField label={t('endDate')} hint={t('endDateHint')} value={endDate} onChange={edited('endDate', setEndDate)} validationMessage={errorFor('endDate')} />
        <Field label={t('cost')} validationMessage={costProblem || errorFor('costMinor')}>
          <Input inputMode="decimal" value={cost} onChange={(_, d) => typeCost(d.value)} />
        </Field>
        <CurrencyField label={t('currency')} value={currency} onChange={edited('currency', setCurrency)} validationMessage={errorFor('currency')} />
      </div>
      {segment('region', t('targetRegions'), regions, setRegions, 'targetRegions')}
      {segment('industry', t('targetIndustries'), industries, setIndustries, 'targetIndustries')}
      <Field label={t('notes')}>
        <Textarea value={notes} resize="vertical" onChange={(_, d) => setNotes(d.value)} />
      </Field>
      {campaign && <Checkbox label={t('archived')} checked={archived} onChange={(_, d) => setArchived(d.checked === true)} />}
      <FormFooter labels={t} fieldErrorsShown={hasErrors || costProblem !== ''} failureMessage={failureMessage((message) => t('saveFailed', { message }))} saving={saving} onCancel={onCancel} />
    </FramedForm>
  );
}
