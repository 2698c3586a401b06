import { Caption1, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { marketingDimensions, type MarketingDimension, type ProductKey, type ProductSplit } from '../../../../app/analyticsTypes';
import type { AnalyticsSession, DrillKind, DrillRecords } from '../../../../app/analyticsUseCases';
import type { ReferenceList } from '../../../../domain/model/ReferenceItem';
import { useT } from '../../../i18n/useT';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { analyticsStrings } from '../analyticsStrings';
import { formatCountShare, formatNumber, formatTotals, periodOf, type PeriodChoice } from '../formatting';
import { formatShare } from '../../../ui/formatShare';
import { useFigure } from '../hooks/useFigure';
import { Computing } from './Computing';
import { DataTable, type Column } from './DataTable';
import { DrillLink } from './DrillLink';
import { LazyBarChart } from './LazyBarChart';
import { Section } from './Section';
import { PeriodPicker } from './PeriodPicker';
import { Pickers } from './Pickers';
import { useRemembered } from '../../../ui/useRemembered';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

const listOf: Record<Exclude<MarketingDimension, 'campaign'>, ReferenceList> = {
  leadSource: 'leadSource',
  campaignChannel: 'campaignChannel',
  salesChannel: 'salesChannel',
  region: 'region',
  industry: 'industry',
};

export type MarketingTabProps = { session: AnalyticsSession; onOpen: (title: string, kind: DrillKind, records: DrillRecords) => void };

/** Marketing: leads, conversion, revenue and cost by channel, campaign or segment; refusal reasons; how products sell. */
export function MarketingTab({ session, onOpen }: MarketingTabProps) {
  const styles = useStyles();
  const { t, locale } = useT(analyticsStrings);
  const { labelOf } = useReferenceItems();
  const [choice, setChoice] = useRemembered<PeriodChoice>('marketing.period', { preset: 'periodLast12' });
  const [dimension, setDimension] = useRemembered<MarketingDimension>('marketing.dimension', 'leadSource');
  const [key, setKey] = useRemembered<ProductKey>('marketing.key', 'category');
  const [split, setSplit] = useRemembered<ProductSplit>('marketing.split', 'region');
  const period = periodOf(choice, session.today);
  const marketing = useFigure(() => session.marketing(period, dimension), [session, period.from, period.to, dimension]);
  const refused = useFigure(() => session.refusals(period, 'industry'), [session, period.from, period.to]);
  const sold = useFigure(() => session.productSales(period, key, split), [session, period.from, period.to, key, split]);
  const rows = marketing.value ?? [];
  const refusals = refused.value ?? { total: 0, byStage: [], overall: [], bySegment: [] };
  const products = sold.value ?? [];
  const failure = marketing.error ?? refused.error ?? sold.error;
  const campaignName = (id: string) => session.campaigns.find((c) => c.id === id)?.name ?? id;
  const valueLabel = (value: string) => (!value ? t('notSet') : dimension === 'campaign' ? campaignName(value) : labelOf(listOf[dimension], value));
  const productLabel = (k: string) => (key === 'category' ? (k ? labelOf('productCategory', k) : t('notSet')) : k.startsWith('text:') ? k.slice(5) : (session.products.find((p) => p.id === k)?.name ?? k));
  const segmentLabel = (s: string) => (split === 'none' ? t('split.none') : s ? labelOf(split, s) : t('notSet'));
  const money = (totals: { currency: string; minor: number }[]) => formatTotals(totals, locale);
  const costColumns: Column<(typeof rows)[number]>[] = [
    { header: t('cost'), numeric: true, cell: (r) => <DrillLink count={r.cost.length} onOpen={() => onOpen(`${t('cost')} · ${valueLabel(r.value)}`, 'campaign', r.cost.map((x) => x.ids))}>{money(r.cost)}</DrillLink> },
    { header: t('costPerLead'), numeric: true, cell: (r) => <DrillLink count={r.costPerLead.length} onOpen={() => onOpen(`${t('costPerLead')} · ${valueLabel(r.value)}`, 'campaign', r.cost.map((x) => x.ids))}>{money(r.costPerLead)}</DrillLink> },
    { header: t('costPerWon'), numeric: true, cell: (r) => <DrillLink count={r.costPerWon.length} onOpen={() => onOpen(`${t('costPerWon')} · ${valueLabel(r.value)}`, 'campaign', r.cost.map((x) => x.ids))}>{money(r.costPerWon)}</DrillLink> },
  ];
  // By sales channel the leads are deals: opened, won, and won ÷ opened. Otherwise they are clients,
  // and a client may win several deals, so conversion is the clients won, beside the deals they won.
  const byDeals = dimension === 'salesChannel';
  const byCampaign = dimension === 'campaign' || dimension === 'campaignChannel';
  const by = t(`dim.${dimension}`).toLocaleLowerCase(locale);
  const leadsTitle = byDeals ? t('dealsOpenedBy', { by }) : t('leadsBy', { by });
  const leadsLabel = byDeals ? t('dealsOpened') : t('leads');
  const convertedLabel = byDeals ? t('won') : t('clientsWon');
  const openLeads = (r: (typeof rows)[number]) => onOpen(`${leadsLabel} · ${valueLabel(r.value)}`, byDeals ? 'deal' : 'client', [r.leads.ids]);
  const openConverted = (title: string, r: (typeof rows)[number]) => onOpen(`${title} · ${valueLabel(r.value)}`, byDeals ? 'deal' : 'client', [r.converted.ids]);
  const wonDealsColumns: Column<(typeof rows)[number]>[] = [
    { header: t('wonDealsOfLeads'), numeric: true, cell: (r) => <DrillLink count={r.won.count} onOpen={() => onOpen(`${t('wonDealsOfLeads')} · ${valueLabel(r.value)}`, 'deal', [r.won.ids])}>{r.won.count}</DrillLink> },
  ];
  return (
    <div className={styles.root}>
      <Pickers>
        <PeriodPicker value={choice} today={session.today} onChange={setChoice} />
        <Field label={t('dimension')}>
          <Select value={dimension} onChange={(_, d) => setDimension(d.value as MarketingDimension)}>
            {marketingDimensions.map((d) => (
              <option key={d} value={d}>
                {t(`dim.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
      </Pickers>
      <Section title={leadsTitle}>
        <LazyBarChart categories title={leadsTitle} format={(v) => formatNumber(v, locale)} points={rows.map((r) => ({ label: valueLabel(r.value), value: r.leads.count, onClick: () => openLeads(r) }))} />
        <DataTable
          caption={t(`dim.${dimension}`)}
          rowKey={(r) => r.value}
          rows={rows}
          columns={[
            { header: t(`dim.${dimension}`), cell: (r) => valueLabel(r.value) },
            { header: leadsLabel, numeric: true, cell: (r) => <DrillLink count={r.leads.count} onOpen={() => openLeads(r)}>{r.leads.count}</DrillLink> },
            { header: convertedLabel, numeric: true, cell: (r) => <DrillLink count={r.converted.count} onOpen={() => openConverted(convertedLabel, r)}>{r.converted.count}</DrillLink> },
            { header: t('conversion'), numeric: true, cell: (r) => <DrillLink count={r.converted.count} onOpen={() => openConverted(t('conversion'), r)}>{r.leads.count ? formatShare(r.conversion, locale) : t('none')}</DrillLink> },
            ...(byDeals ? [] : wonDealsColumns),
            { header: t('revenue'), numeric: true, cell: (r) => <DrillLink count={r.revenue.length} onOpen={() => onOpen(`${t('revenue')} · ${valueLabel(r.value)}`, 'payment', r.revenue.map((x) => x.ids))}>{money(r.revenue)}</DrillLink> },
            // Costs are campaigns': other splits have none to show.
            ...(byCampaign ? costColumns : []),
          ]}
        />
        <Caption1>{byDeals ? t('conversionHintDeals') : byCampaign ? t('conversionHintCampaign') : t('conversionHint')}</Caption1>
      </Section>

      <Computing busy={!marketing.current || !refused.current || !sold.current} error={failure} />

      <Section title={t('refusalShares')}>
        <LazyBarChart categories title={t('refusalShares')} format={(v) => formatShare(v / 100, locale)} points={refusals.overall.map((r) => ({ label: labelOf('refusalReason', r.reason), value: Math.round(r.share * 1000) / 10, onClick: () => onOpen(labelOf('refusalReason', r.reason), 'deal', [r.dealIds]) }))} />
        <DataTable
          caption={t('refusalShares')}
          rowKey={(r) => r.reason}
          rows={refusals.overall}
          columns={[
            { header: t('field.refusalReason'), wrap: true, cell: (r) => labelOf('refusalReason', r.reason) },
            { header: t('refused'), numeric: true, cell: (r) => <DrillLink count={r.count} onOpen={() => onOpen(labelOf('refusalReason', r.reason), 'deal', [r.dealIds])}>{formatCountShare(r.count, r.share, locale)}</DrillLink> },
          ]}
        />
      </Section>

      <Section title={t('refusalsBySegment')}>
        <DataTable
          caption={t('refusalsBySegment')}
          rowKey={(r) => `${r.segment}-${r.reason}`}
          rows={refusals.bySegment.flatMap((s) => s.reasons.slice(0, 3).map((r) => ({ segment: s.segment, ...r })))}
          columns={[
            { header: t('dim.industry'), cell: (r) => (r.segment ? labelOf('industry', r.segment) : t('notSet')) },
            { header: t('field.refusalReason'), wrap: true, cell: (r) => labelOf('refusalReason', r.reason) },
            { header: t('refused'), numeric: true, cell: (r) => <DrillLink count={r.count} onOpen={() => onOpen(labelOf('refusalReason', r.reason), 'deal', [r.dealIds])}>{formatShare(r.share, locale)}</DrillLink> },
          ]}
        />
      </Section>

      <Section title={t('productSales')}>
        <Pickers>
          <Field label={t('productKey')}>
            <Select value={key} onChange={(_, d) => setKey(d.value as ProductKey)}>
              <option value="category">{t('key.category')}</option>
              <option value="product">{t('key.product')}</option>
            </Select>
          </Field>
          <Field label={t('split')}>
            <Select value={split} onChange={(_, d) => setSplit(d.value as ProductSplit)}>
              <option value="none">{t('split.none')}</option>
              <option value="region">{t('split.region')}</option>
              <option value="industry">{t('split.industry')}</option>
            </Select>
          </Field>
        </Pickers>
        <DataTable
          caption={t('productSales')}
          rowKey={(r) => `${r.key}-${r.segment}`}
          rows={products}
          columns={[
            { header: t(`key.${key}`), cell: (r) => productLabel(r.key) },
            { header: split === 'none' ? t('split') : t(`field.${split}`), cell: (r) => segmentLabel(r.segment) },
            { header: t('soldQuantity'), numeric: true, cell: (r) => <DrillLink count={r.wonDealIds.count} onOpen={() => onOpen(`${productLabel(r.key)} · ${t('soldQuantity')}`, 'deal', [r.wonDealIds])}>{formatNumber(r.wonQuantity, locale, 3)}</DrillLink> },
            { header: t('revenue'), numeric: true, cell: (r) => <DrillLink count={r.wonDealIds.count} onOpen={() => onOpen(`${productLabel(r.key)} · ${t('revenue')}`, 'deal', [r.wonDealIds])}>{money(r.net)}</DrillLink> },
            { header: t('discount'), numeric: true, cell: (r) => <DrillLink count={r.wonDealIds.count} onOpen={() => onOpen(`${productLabel(r.key)} · ${t('discount')}`, 'deal', [r.wonDealIds])}>{r.averageDiscountPercent === null ? money(r.discount) : `${money(r.discount)} · ${formatShare(r.averageDiscountPercent / 100, locale)}`}</DrillLink> },
            { header: t('refused'), numeric: true, cell: (r) => <DrillLink count={r.refusedDealIds.count} onOpen={() => onOpen(`${productLabel(r.key)} · ${t('refused')}`, 'deal', [r.refusedDealIds])}>{formatNumber(r.refusedQuantity, locale, 3)}</DrillLink> },
            { header: t('field.refusalReason'), cell: (r) => <DrillLink count={r.refusedDealIds.count} onOpen={() => onOpen(`${productLabel(r.key)} · ${t('field.refusalReason')}`, 'deal', [r.refusedDealIds])}>{r.refusalReasons.slice(0, 2).map((x) => `${labelOf('refusalReason', x.reason)} ${formatShare(x.share, locale)}`).join(', ')}</DrillLink> },
          ]}
        />
      </Section>
    </div>
  );
}
