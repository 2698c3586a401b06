import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { monthsOf, type AlarmThresholds, type CommissionRules } from '../../../../app/analyticsTypes';
import type { AnalyticsSession, DrillKind, DrillRecords } from '../../../../app/analyticsUseCases';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { analyticsStrings } from '../analyticsStrings';
import { formatMonth, formatTotals, periodFor } from '../formatting';
import { useFigure } from '../hooks/useFigure';
import { Computing } from './Computing';
import { DataTable } from './DataTable';
import { Pickers } from './Pickers';
import { Section } from './Section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

const thresholdKeys = ['clientsInWorkMin', 'clientsInWorkMax', 'receivableOverdueDays', 'stalledDays', 'overdueContactsMax', 'averageDealDaysMax'] as const;

export type PayTabProps = { session: AnalyticsSession; nameOf: (email: string) => string; onOpen: (title: string, kind: DrillKind, records: DrillRecords) => void; onSaved: () => void };

/** Monthly pay statements per manager, and the head of sales' pay rules and alarm limits. */
export function PayTab({ session, nameOf, onOpen, onSaved }: PayTabProps) {
  const styles = useStyles();
  const app = useApp();
  const { t, locale } = useT(analyticsStrings);
  const months = monthsOf(periodFor('periodLast12', session.today)).reverse();
  const [owner, setOwner] = useState(session.owners[0] ?? '');
  const [month, setMonth] = useState(months[1] ?? months[0] ?? '');
  const commission = useFigure(() => (owner ? session.commission(owner, month) : null), [session, owner, month]);
  const statement = commission.value?.statement ?? null;
  const clientName = (id: string) => commission.value?.clientNames[id] ?? id;
  const rules = session.settings.commissions.base;
  const [percent, setPercent] = useState(String(rules.percentOfReceived));
  const [perWon, setPerWon] = useState(rules.perWonDeal ? String(rules.perWonDeal.minor / 100) : '');
  const [tierFrom, setTierFrom] = useState(rules.tiers[0] ? String(rules.tiers[0].fromMinor / 100) : '');
  const [tierPercent, setTierPercent] = useState(rules.tiers[0] ? String(rules.tiers[0].percent) : '');
  const [limits, setLimits] = useState<Record<(typeof thresholdKeys)[number], string>>(() => Object.fromEntries(thresholdKeys.map((k) => [k, session.settings.thresholds[k] === null ? '' : String(session.settings.thresholds[k])])) as Record<(typeof thresholdKeys)[number], string>);
  const [status, setStatus] = useState<'idle' | 'saved' | 'refused' | 'failed'>('idle');
  const num = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
  const save = async () => {
    const thresholds: AlarmThresholds = { ...session.settings.thresholds };
    for (const k of thresholdKeys) thresholds[k] = num(limits[k]);
    const from = num(tierFrom);
    const tierPct = num(tierPercent);
    const fixed = num(perWon);
    const commissions: CommissionRules = {
      ...session.settings.commissions,
      base: {
        percentOfReceived: num(percent) ?? 0,
        tiers: from !== null && tierPct !== null ? [{ currency: 'UAH', fromMinor: Math.round(from * 100), percent: tierPct }] : [],
        perWonDeal: fixed ? { currency: 'UAH', minor: Math.round(fixed * 100) } : null,
      },
    };
    try {
      await app.analytics!.saveSettings(thresholds, commissions);
      setStatus('saved');
      onSaved();
    } catch (e) {
      setStatus(e instanceof Error && e.name === 'NotAllowedError' ? 'refused' : 'failed');
    }
  };
  return (
    <div className={styles.root}>
      <Section title={t('statement')}>
        <Pickers>
          <Field label={t('manager')}>
            <Select value={owner} onChange={(_, d) => setOwner(d.value)}>
              {session.owners.map((o) => (
                <option key={o} value={o}>
                  {nameOf(o)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('month')}>
            <Select value={month} onChange={(_, d) => setMonth(d.value)}>
              {months.map((m) => (
                <option key={m} value={m}>
                  {formatMonth(m, locale)}
                </option>
              ))}
            </Select>
          </Field>
        </Pickers>
        <Computing busy={owner !== '' && !commission.current} error={commission.error} />
        {statement && statement.lines.length === 0 ? (
          <Caption1>{t('statementEmpty')}</Caption1>
        ) : (
          statement && (
            <>
              <DataTable
                caption={t('statement')}
                rowKey={(l) => `${l.kind}-${l.id}`}
                rows={statement.lines}
                columns={[
                  { header: t('field.client'), cell: (l) => <Button appearance="transparent" size="small" onClick={() => onOpen(clientName(l.clientId), l.kind === 'payment' ? 'payment' : 'deal', [l.id])}>{clientName(l.clientId)}</Button> },
                  { header: t('field.date'), cell: (l) => l.date },
                  { header: t('field.type'), cell: (l) => (l.kind === 'payment' ? t('line.payment', { percent: l.percent }) : t('line.won-deal')) },
                  { header: t('base'), numeric: true, cell: (l) => formatMoney({ minor: l.baseMinor, currency: l.currency }, locale) },
                  { header: t('pay'), numeric: true, cell: (l) => formatMoney({ minor: l.payMinor, currency: l.currency }, locale) },
                ]}
              />
              <Caption1 data-testid="statement-total">
                {t('statementTotal')}: {formatTotals(statement.totals, locale)}
              </Caption1>
            </>
          )
        )}
      </Section>

      <Section title={t('rules')}>
        <Caption1>{t('rulesHint')}</Caption1>
        <Pickers>
          <Field label={t('percentOfReceived')}>
            <Input inputMode="decimal" value={percent} onChange={(_, d) => setPercent(d.value)} />
          </Field>
          <Field label={t('perWonDeal')}>
            <Input inputMode="decimal" value={perWon} onChange={(_, d) => setPerWon(d.value)} />
          </Field>
          <Field label={t('tierFrom')}>
            <Input inputMode="decimal" value={tierFrom} onChange={(_, d) => setTierFrom(d.value)} />
          </Field>
          <Field label={t('tierPercent')}>
            <Input inputMode="decimal" value={tierPercent} onChange={(_, d) => setTierPercent(d.value)} />
          </Field>
          {thresholdKeys.map((k) => (
            <Field key={k} label={t(`threshold.${k}`)}>
              <Input inputMode="numeric" value={limits[k]} onChange={(_, d) => setLimits((l) => ({ ...l, [k]: d.value }))} />
            </Field>
          ))}
        </Pickers>
        <Button appearance="primary" onClick={() => void save()}>
          {t('saveRules')}
        </Button>
        {status === 'saved' && <Caption1 role="status">{t('rulesSaved')}</Caption1>}
        {status !== 'idle' && status !== 'saved' && (
          <MessageBar intent="error">
            <MessageBarBody>{status === 'refused' ? t('notAllowed') : t('failed', { message: '' })}</MessageBarBody>
          </MessageBar>
        )}
      </Section>
    </div>
  );
}
