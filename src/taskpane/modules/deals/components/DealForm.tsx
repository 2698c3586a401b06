import { Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { DealInput, DealLineInput } from '../../../../app/dealUseCases';
import type { Deal } from '../../../../domain/model/Deal';
import { readDecimal } from '../../../../domain/readDecimal';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { AmountInput } from '../../../ui/AmountInput';
import { decimalText } from '../../../ui/decimalText';
import { useApp } from '../../../ui/AppContext';
import { CurrencyField } from '../../../ui/CurrencyField';
import { DateField } from '../../../ui/DateField';
import { FormFooter } from '../../../ui/FormFooter';
import { formatShare } from '../../../ui/formatShare';
import { FramedForm } from '../../../ui/FramedForm';
import { OwnerField } from '../../../ui/OwnerField';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFormStyles } from '../../../ui/useFormStyles';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { useSaving } from '../../../ui/useSaving';
import { CampaignOptions } from '../../campaigns/components/CampaignOptions';
import { dealsStrings } from '../dealsStrings';
import { useDealErrors } from '../hooks/useDealErrors';
import { readAmount } from '../utils/amountInput';
import { LinesEditor, type LineDraft } from './LinesEditor';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground2 },
});

type DealFormProps = {
  clientId: string;
  /** Prefills for a new deal (e.g. the title from an email's subject). */
  initialTitle?: string;
  onSaved: (deal: Deal) => void;
  onCancel: () => void;
} & (
  | { /** The deal being edited. */ deal: Deal; currency?: undefined }
  | { deal?: undefined; /** The currency a new deal starts in (the app's choice for the client). */ currency: string }
);

function draftsOf(deal: Deal | undefined, locale: string): LineDraft[] {
  return (deal?.lines ?? []).map((l) => ({
    key: l.id,
    id: l.id,
    productId: l.productId,
    description: l.description,
    quantity: decimalText.number(l.quantity, locale),
    price: decimalText.amount(l.unitPriceMinor, deal?.currency ?? 'UAH', locale),
    discount: decimalText.number(l.discountPercent, locale),
  }));
}

/** A new deal, or a deal's editable fields: amount from lines (or entered directly), owner, probability, dates, channel, campaign. */
export function DealForm({ clientId, deal, currency: startCurrency, initialTitle = '', onSaved, onCancel }: DealFormProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const { labelOf } = useReferenceItems();
  const { errorFor, hasErrors, failureMessage, fail, clear, failLocally, mended, removedRow, edited } = useDealErrors();
  const products = useLive(() => app.deals.queries.products(), []).data ?? [];
  const campaigns = useLive(() => app.deals.queries.campaigns(), []).data ?? [];
  const stages = useLive(() => app.deals.queries.dealStages(), []).data ?? [];
  const keySeq = useRef(0);
  const newKey = () => `new-${++keySeq.current}`;

  // The deal as opened: a save sends only what differs from it (updateDeal), so a colleague's edit pulled meanwhile stays.
  const [read] = useState(deal);
  const [title, setTitle] = useState(deal?.title ?? initialTitle);
  const [currency, setCurrency] = useState(deal?.currency ?? startCurrency ?? '');
  const [owner, setOwner] = useState(deal?.owner ?? '');
  const [stage, setStage] = useState('');
  const [probability, setProbability] = useState(deal ? decimalText.number(deal.probability, locale) : '');
  const [expectedCloseDate, setExpectedCloseDate] = useState(deal?.expectedCloseDate ?? '');
  const [salesChannel, setSalesChannel] = useState(deal?.salesChannel ?? '');
  const [campaignId, setCampaignId] = useState(deal?.campaignId ?? '');
  const [notes, setNotes] = useState(deal?.notes ?? '');
  const [lines, setLines] = useState<LineDraft[]>(() => draftsOf(deal, locale));
  const [amount, setAmount] = useState(deal && !deal.lines.length ? decimalText.amount(deal.amountMinor, deal.currency, locale) : '');
  const { saving, saveWith } = useSaving({ fail, clear });
  const chosenStage = deal ? deal.stage : stage || stages[0]?.code || '';
  const stageDefault = stages.find((s) => s.code === chosenStage)?.probability;

  // Only lines whose numbers can be read count towards the live total; the others show "—".
  const readable = lines.map((l) => {
    const price = readAmount(l.price, currency);
    const quantity = readDecimal(l.quantity);
    const discount = l.discount.trim() === '' ? 0 : readDecimal(l.discount);
    return price.minor !== null && quantity > 0 && discount >= 0 && discount <= 100
      ? { quantity, unitPriceMinor: price.minor, discountPercent: discount }
      : null;
  });
  let preview: { lineMinors: (number | null)[]; totalMinor: number | null };
  try {
    const known = app.deals.previewAmount(readable.filter((r) => r !== null), currency);
    let at = 0;
    preview = { lineMinors: readable.map((r) => (r ? (known.lineMinors[at++] ?? null) : null)), totalMinor: readable.every((r) => r) ? known.totalMinor : null };
  } catch {
    // Quantities or discounts with too many decimals: the app explains on saving.
    preview = { lineMinors: readable.map(() => null), totalMinor: null };
  }

  const save = () => {
    clear();
    const problems: Record<string, string> = {};
    const lineInputs: DealLineInput[] = lines.map((l, i) => {
      let unitPriceMinor: number | undefined;
      if (l.price.trim() || !l.productId) {
        const read = readAmount(l.price, currency);
        if (read.problem) problems[`lines.${i}.unitPriceMinor`] = t(read.problem);
        else unitPriceMinor = read.minor;
      }
      return {
        id: l.id,
        productId: l.productId,
        description: l.description,
        quantity: readDecimal(l.quantity),
        unitPriceMinor,
        discountPercent: l.discount.trim() === '' ? 0 : readDecimal(l.discount),
      };
    });
    let amountMinor: number | undefined;
    if (!lines.length && amount.trim()) {
      const read = readAmount(amount, currency);
      if (read.problem) problems.amountMinor = t(read.problem);
      else amountMinor = read.minor;
    }
    const typedProbability = probability.trim() === '' ? undefined : readDecimal(probability);
    if (Object.keys(problems).length) return failLocally(problems);
    return saveWith(async () => {
      const common = {
        title,
        currency,
        owner,
        expectedCloseDate,
        salesChannel,
        campaignId,
        notes,
        lines: lineInputs,
        ...(lines.length ? {} : { amountMinor: amountMinor ?? 0 }),
      };
      const saved = read
        ? await app.deals.update(read.id, { ...common, probability: typedProbability ?? read.probability }, read)
        : await app.deals.create({ ...common, clientId, stage: chosenStage || undefined, probability: typedProbability } satisfies DealInput);
      onSaved(saved);
    });
  };

  return (
    <FramedForm heading="panel" title={deal ? t('editDealTitle') : t('newDealTitle')} onSubmit={() => void save()}>
      <Field label={t('title')} required validationMessage={errorFor('title')}>
        <Input value={title} onChange={(_, d) => edited('title', setTitle)(d.value)} />
      </Field>
      <div className={formStyles.pair}>
        <CurrencyField label={t('currency')} value={currency} onChange={edited('currency', setCurrency)} validationMessage={errorFor('currency')} />
        {!deal && (
          <Field label={t('stage')} validationMessage={errorFor('stage')}>
            <Select value={chosenStage} onChange={(_, d) => edited('stage', setStage)(d.value)}>
              {stages.map((s) => (
                <option key={s.code} value={s.code}>
                  {labelOf('dealStage', s.code)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field
          label={t('probability')}
          validationMessage={errorFor('probability')}
          hint={stageDefault === undefined ? undefined : t('probabilityDefault', { percent: formatShare(stageDefault / 100, locale) })}
        >
          <Input inputMode="decimal" value={probability} placeholder={stageDefault === undefined ? '' : decimalText.number(stageDefault, locale)} onChange={(_, d) => edited('probability', setProbability)(d.value)} />
        </Field>
      </div>
      <Text weight="semibold">{t('lines')}</Text>
      <Caption1 className={styles.muted}>{t('linesHint')}</Caption1>
      <LinesEditor
        lines={lines}
        onChange={edited('amountMinor', setLines)}
        products={products}
        currency={currency}
        lineMinors={preview.lineMinors}
        errorFor={errorFor}
        mended={mended}
        lineRemoved={(index) => removedRow('lines', index)}
        locale={locale}
        newKey={newKey}
      />
      {lines.length ? (
        <Text weight="semibold" aria-live="polite">
          {t('total', { amount: preview.totalMinor === null ? '—' : formatMoney({ minor: preview.totalMinor, currency }, locale) })}
        </Text>
      ) : (
        <Field label={t('amountDirect')} validationMessage={errorFor('amountMinor')}>
          <AmountInput value={amount} currency={currency} onChange={edited('amountMinor', setAmount)} />
        </Field>
      )}
      {lines.length > 0 && errorFor('amountMinor') && (
        <MessageBar intent="error">
          <MessageBarBody>{errorFor('amountMinor')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={formStyles.pair}>
        <DateField label={t('expectedClose')} value={expectedCloseDate} onChange={edited('expectedCloseDate', setExpectedCloseDate)} validationMessage={errorFor('expectedCloseDate')} />
        <ReferenceSelect list="salesChannel" label={t('salesChannel')} value={salesChannel} onChange={edited('salesChannel', setSalesChannel)} validationMessage={errorFor('salesChannel')} />
      </div>
      <Field label={t('campaign')} validationMessage={errorFor('campaignId')}>
        <Select value={campaignId} onChange={(_, d) => edited('campaignId', setCampaignId)(d.value)}>
          <CampaignOptions campaigns={campaigns} current={campaignId} noneLabel={t('noCampaign')} />
        </Select>
      </Field>
      <OwnerField label={t('owner')} hint={t('ownerHint')} value={owner} onChange={edited('owner', setOwner)} validationMessage={errorFor('owner')} />
      <Field label={t('notes')}>
        <Textarea value={notes} resize="vertical" onChange={(_, d) => setNotes(d.value)} />
      </Field>
      <FormFooter labels={t} fieldErrorsShown={hasErrors} failureMessage={failureMessage((message) => t('saveFailed', { message }))} saving={saving} submitLabel={deal ? t('save') : t('create')} onCancel={onCancel} />
    </FramedForm>
  );
}
