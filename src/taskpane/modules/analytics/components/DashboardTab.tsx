import { Caption1, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FigureAnswer } from '../../../../app/analyticsTypes';
import type { AnalyticsSession, DrillKind, DrillRecords } from '../../../../app/analyticsUseCases';
import { currencySymbol } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { analyticsStrings } from '../analyticsStrings';
import { chartCurrencies } from '../chartCurrencies';
import { currencyDigits, formatCompact, formatMonth, formatCountShare, formatNumber, formatTotals, periodOf, titleInCurrency, type PeriodChoice } from '../formatting';
import { formatShare } from '../../../ui/formatShare';
import { useFigure } from '../hooks/useFigure';
import { AlarmList } from './AlarmList';
import { ChartCurrencyField } from './ChartCurrencyField';
import { Computing } from './Computing';
import { DataTable } from './DataTable';
import { DrillLink } from './DrillLink';
import { FigureTile } from './FigureTile';
import { LazyBarChart } from './LazyBarChart';
import { Section } from './Section';
import { PeriodPicker } from './PeriodPicker';
import { Pickers } from './Pickers';
import { useRemembered } from '../../../ui/useRemembered';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  // Tiles two to a row where their amounts fit, one to a row where an amount needs the width.
  tiles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  stability: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

// Fewer months with money in than this, and the swing measures the empty months, not steadiness.
const FEWEST_MONTHS_FOR_STABILITY = 3;

export type DashboardTabProps = { session: AnalyticsSession; nameOf: (email: string) => string; onOpen: (title: string, kind: DrillKind, records: DrillRecords) => void };

/** The head of sales' view of a period, for the team or one manager; every figure opens its records. */
export function DashboardTab({ session, nameOf, onOpen }: DashboardTabProps) {
  const styles = useStyles();
  const { t } = useT(analyticsStrings);
  const [choice, setChoice] = useRemembered<PeriodChoice>('dashboard.period', { preset: 'periodLast12' });
  const [owner, setOwner] = useRemembered<string>('dashboard.owner', '');
  const period = periodOf(choice, session.today);
  const dashboard = useFigure(() => session.dashboard(period, owner || null), [session, period.from, period.to, owner]);
  return (
    <div className={styles.root}>
      <Pickers>
        <PeriodPicker value={choice} today={session.today} onChange={setChoice} />
        <Field label={t('manager')}>
          <Select value={owner} onChange={(_, d) => setOwner(d.value)}>
            <option value="">{t('team')}</option>
            {session.owners.map((o) => (
              <option key={o} value={o}>
                {nameOf(o)}
              </option>
            ))}
          </Select>
        </Field>
      </Pickers>

      <Computing busy={!dashboard.current} error={dashboard.error} />
      {dashboard.value && <DashboardFigures board={dashboard.value} teamView={owner === ''} nameOf={nameOf} onOpen={onOpen} />}
    </div>
  );
}

type DashboardFiguresProps = { board: FigureAnswer<'dashboard'>; teamView: boolean; nameOf: (email: string) => string; onOpen: (title: string, kind: DrillKind, records: DrillRecords) => void };

function DashboardFigures({ board, teamView, nameOf, onOpen }: DashboardFiguresProps) {
  const styles = useStyles();
  const { t, locale } = useT(analyticsStrings);
  const { labelOf } = useReferenceItems();
  const money = (totals: { currency: string; minor: number }[]) => formatTotals(totals, locale);
  const weighted = board.forecast.flatMap((f) => f.weighted);
  const weightedByCurrency = [...new Set(weighted.map((w) => w.currency))].map((currency) => ({ currency, minor: weighted.filter((w) => w.currency === currency).reduce((s, w) => s + w.minor, 0) }));
  // The currencies money was received in, the one most receipts came in first (the default).
  const currencies = chartCurrencies(board.dynamics.months.flatMap((m) => m.received));
  const [picked, setPicked] = useState<string | null>(null);
  const chartCurrency = picked && currencies.includes(picked) ? picked : (currencies[0] ?? '');
  const asMajor = (minor: number) => minor / 10 ** currencyDigits(chartCurrency);
  const moneyAxis = (v: number) => formatCompact(v, locale);
  const whose = (owner: string) => (owner ? nameOf(owner) : t('noOwner'));
  return (
    <>
      <Section title={t('alarms')}>
        <AlarmList alarms={board.alarms} nameOf={nameOf} onOpen={onOpen} />
      </Section>

      <div className={styles.tiles}>
        <FigureTile label={t('won')} value={formatNumber(board.results.won.count, locale)} count={board.results.won.count} onOpen={() => onOpen(t('won'), 'deal', [board.results.won.ids])} />
        <FigureTile label={t('wonAmount')} value={money(board.results.wonAmount)} count={board.results.won.count} onOpen={() => onOpen(t('wonAmount'), 'deal', [board.results.won.ids])} />
        <FigureTile label={t('planned')} value={money(board.results.planned)} count={board.results.planned.length} onOpen={() => onOpen(t('planned'), 'invoice', board.results.planned.map((x) => x.ids))} />
        <FigureTile label={t('received')} value={money(board.results.received)} count={board.results.received.length} onOpen={() => onOpen(t('received'), 'payment', board.results.received.map((x) => x.ids))} />
        <FigureTile label={t('forecast')} value={money(weightedByCurrency)} count={weighted.length} onOpen={() => onOpen(t('forecast'), 'deal', [...new Set(weighted.map((w) => w.ids))])} />
        <FigureTile label={t('clientsInWork')} value={formatNumber(board.clientsInWork.count, locale)} count={board.clientsInWork.count} onOpen={() => onOpen(t('clientsInWork'), 'client', [board.clientsInWork.ids])} />
        <FigureTile label={t('stalled')} value={formatNumber(board.stalled.dealIds.count, locale)} warn={board.stalled.dealIds.count > 0} count={board.stalled.dealIds.count} onOpen={() => onOpen(t('stalled'), 'deal', [board.stalled.dealIds])} />
        <FigureTile label={t('overdueContacts')} value={formatNumber(board.overdueContacts.count, locale)} warn={board.overdueContacts.count > 0} count={board.overdueContacts.count} onOpen={() => onOpen(t('overdueContacts'), 'plannedContact', [board.overdueContacts.ids])} />
        <FigureTile label={t('overdueReceivables')} value={money(board.receivables.overdue)} warn={board.receivables.overdue.length > 0} count={board.receivables.overdue.length} onOpen={() => onOpen(t('overdueReceivables'), 'invoice', board.receivables.overdue.map((x) => x.ids))} />
        <FigureTile label={t('averageDuration')} value={board.duration.averageDays === null ? t('none') : t('days', { count: Math.round(board.duration.averageDays) })} count={board.duration.dealIds.count} onOpen={() => onOpen(t('averageDuration'), 'deal', [board.duration.dealIds])} />
      </div>

      <Section title={t('receivedByMonth')}>
        <ChartCurrencyField currencies={currencies} value={chartCurrency} onChange={setPicked} />
        <LazyBarChart
          title={titleInCurrency(t('receivedByMonth'), chartCurrency, locale)}
          format={moneyAxis}
          // Nothing received: no chart of zeros, the table says so.
          points={(chartCurrency ? board.dynamics.months : []).map((m) => ({
            label: formatMonth(m.month, locale),
            value: asMajor(m.received.find((r) => r.currency === chartCurrency)?.minor ?? 0),
            onClick: () => onOpen(`${t('received')} · ${formatMonth(m.month, locale)}`, 'payment', m.received.map((r) => r.ids)),
          }))}
        />
        <DataTable
          caption={t('receivedByMonth')}
          rowKey={(m) => m.month}
          rows={board.dynamics.months}
          columns={[
            { header: t('month'), cell: (m) => formatMonth(m.month, locale) },
            { header: t('won'), numeric: true, cell: (m) => <DrillLink count={m.wonIds.count} onOpen={() => onOpen(`${t('won')} · ${formatMonth(m.month, locale)}`, 'deal', [m.wonIds])}>{m.wonIds.count}</DrillLink> },
            { header: t('received'), numeric: true, cell: (m) => <DrillLink count={m.received.length} onOpen={() => onOpen(`${t('received')} · ${formatMonth(m.month, locale)}`, 'payment', m.received.map((r) => r.ids))}>{money(m.received)}</DrillLink> },
          ]}
        />
        {board.dynamics.stability.map((s) => {
          const currency = currencySymbol(s.currency, locale);
          const monthsWithReceipts = board.dynamics.months.filter((m) => m.received.some((r) => r.currency === s.currency && r.minor > 0)).length;
          // The swing of one or two months' receipts against empty months says nothing about steadiness.
          const tooFew = monthsWithReceipts < FEWEST_MONTHS_FOR_STABILITY;
          return (
            <div key={s.currency} className={styles.stability} data-testid="stability">
              <Caption1>
                {/* The measure comes from the months' receipts: it opens them. */}
                <DrillLink count={s.meanMinor > 0 ? 1 : 0} onOpen={() => onOpen(`${t('received')} · ${currency}`, 'payment', board.dynamics.months.flatMap((m) => m.received.filter((r) => r.currency === s.currency).map((r) => r.ids)))}>
                  {tooFew ? t('stabilityTooFew', { currency, count: formatNumber(monthsWithReceipts, locale), least: formatNumber(FEWEST_MONTHS_FOR_STABILITY, locale) }) : t('stability', { currency, value: formatNumber(s.coefficientOfVariation, locale, 2) })}
                </DrillLink>
              </Caption1>
              {!tooFew && <Caption1 className={styles.hint}>{t('stabilityHint')}</Caption1>}
            </div>
          );
        })}
      </Section>

      <Section title={t('forecastByMonth')}>
        <DataTable
          caption={t('forecastByMonth')}
          rowKey={(f) => f.month}
          rows={board.forecast}
          columns={[
            { header: t('month'), cell: (f) => (f.month === 'overdue' ? t('overdue') : f.month === 'undated' ? t('undated') : formatMonth(f.month, locale)) },
            { header: t('forecast'), numeric: true, cell: (f) => <DrillLink count={f.weighted.length} onOpen={() => onOpen(t('forecast'), 'deal', f.weighted.map((w) => w.ids))}>{money(f.weighted)}</DrillLink> },
          ]}
        />
      </Section>

      {teamView && (
        <Section title={t('perManager')}>
          <DataTable
            caption={t('perManager')}
            rowKey={(m) => m.owner}
            rows={board.managers}
            columns={[
              { header: t('manager'), cell: (m) => whose(m.owner) },
              { header: t('won'), numeric: true, cell: (m) => <DrillLink count={m.results.won.count} onOpen={() => onOpen(`${whose(m.owner)} · ${t('won')}`, 'deal', [m.results.won.ids])}>{m.results.won.count}</DrillLink> },
              { header: t('received'), numeric: true, cell: (m) => <DrillLink count={m.results.received.length} onOpen={() => onOpen(`${whose(m.owner)} · ${t('received')}`, 'payment', m.results.received.map((r) => r.ids))}>{money(m.results.received)}</DrillLink> },
              { header: t('clientsInWork'), numeric: true, cell: (m) => <DrillLink count={m.clientsInWork.count} onOpen={() => onOpen(`${whose(m.owner)} · ${t('clientsInWork')}`, 'client', [m.clientsInWork.ids])}>{m.clientsInWork.count}</DrillLink> },
              { header: t('stalled'), numeric: true, cell: (m) => <DrillLink count={m.stalled.dealIds.count} onOpen={() => onOpen(`${whose(m.owner)} · ${t('stalled')}`, 'deal', [m.stalled.dealIds])}>{m.stalled.dealIds.count}</DrillLink> },
            ]}
          />
        </Section>
      )}

      <Section title={t('aging')}>
        <DataTable
          caption={t('aging')}
          rowKey={(b) => b.bucket}
          rows={board.receivables.byBucket}
          columns={[
            { header: t('daysPastDue'), cell: (b) => t(`aging.${b.bucket}`) },
            { header: t('unpaid'), numeric: true, cell: (b) => <DrillLink count={b.totals.length} onOpen={() => onOpen(t(`aging.${b.bucket}`), 'invoice', b.totals.map((x) => x.ids))}>{money(b.totals)}</DrillLink> },
          ]}
        />
      </Section>

      <Section title={t('refusalsByStage')}>
        <DataTable
          caption={t('refusalsByStage')}
          rowKey={(r) => `${r.stage}-${r.reason}`}
          rows={board.refusals.byStage.flatMap((s) => s.reasons.map((r) => ({ stage: s.stage, ...r })))}
          columns={[
            { header: t('field.stage'), cell: (r) => labelOf('dealStage', r.stage) },
            { header: t('field.refusalReason'), wrap: true, cell: (r) => labelOf('refusalReason', r.reason) },
            { header: t('refused'), numeric: true, cell: (r) => <DrillLink count={r.count} onOpen={() => onOpen(labelOf('refusalReason', r.reason), 'deal', [r.dealIds])}>{formatCountShare(r.count, r.share, locale)}</DrillLink> },
          ]}
        />
      </Section>

      <Section title={t('durationByStage')}>
        <Caption1>{t('stagesHint')}</Caption1>
        <DataTable
          caption={t('durationByStage')}
          rowKey={(s) => s.stage}
          rows={board.duration.perStage}
          columns={[
            { header: t('field.stage'), cell: (s) => labelOf('dealStage', s.stage) },
            { header: t('stageTime'), numeric: true, cell: (s) => <DrillLink count={s.dealIds.count} onOpen={() => onOpen(labelOf('dealStage', s.stage), 'deal', [s.dealIds])}>{s.dealIds.count ? t('days', { count: Math.round(s.averageDays) }) : t('none')}</DrillLink> },
            {
              header: t('stagePassed'),
              numeric: true,
              cell: (s) => (
                <DrillLink count={s.passedDealIds.count} onOpen={() => onOpen(`${labelOf('dealStage', s.stage)}: ${t('stagePassed')}`, 'deal', [s.passedDealIds])}>
                  {formatCountShare(s.passedDealIds.count, s.completion, locale)}
                </DrillLink>
              ),
            },
            {
              header: t('stageRefused'),
              numeric: true,
              cell: (s) => (
                <DrillLink count={s.refusedDealIds.count} onOpen={() => onOpen(`${labelOf('dealStage', s.stage)}: ${t('stageRefused')}`, 'deal', [s.refusedDealIds])}>
                  {formatNumber(s.refusedDealIds.count, locale)}
                </DrillLink>
              ),
            },
          ]}
        />
      </Section>

      <Section title={t('dataQuality')}>
        <DataTable
          caption={t('dataQuality')}
          rowKey={(m) => m.check}
          rows={board.quality.missing}
          columns={[
            { header: t('clientCards'), cell: (m) => t('without', { what: t(`missing.${m.check}`) }) },
            { header: t('cards'), numeric: true, cell: (m) => <DrillLink count={m.ids.count} onOpen={() => onOpen(t('missingShare', { share: formatShare(m.share, locale), what: t(`missing.${m.check}`) }), 'client', [m.ids])}>{formatCountShare(m.ids.count, m.share, locale)}</DrillLink> },
          ]}
        />
      </Section>
    </>
  );
}
