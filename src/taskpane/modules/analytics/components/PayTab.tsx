import { Caption1, Field, Link, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { monthsOf } from '../../../../app/analyticsTypes';
import type { AnalyticsSession, DrillKind, DrillRecords } from '../../../../app/analyticsUseCases';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { analyticsStrings } from '../analyticsStrings';
import { formatMonthName, formatTotals, periodFor } from '../formatting';
import { formatShare } from '../../../ui/formatShare';
import { formatDay } from '../../../ui/localDates';
import { useFigure } from '../hooks/useFigure';
import { Computing } from './Computing';
import { DataTable } from './DataTable';
import { Pickers } from './Pickers';
import { PayRulesForm } from './PayRulesForm';
import { Section } from './Section';
import { useRemembered } from '../../../ui/useRemembered';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

export type PayTabProps = { session: AnalyticsSession; nameOf: (email: string) => string; onOpen: (title: string, kind: DrillKind, records: DrillRecords) => void; onSaved: () => void };

/** Monthly pay statements per manager, and the head of sales' pay rules and alarm limits. */
export function PayTab({ session, nameOf, onOpen, onSaved }: PayTabProps) {
  const styles = useStyles();
  const app = useApp();
  const { t, locale } = useT(analyticsStrings);
  const months = monthsOf(periodFor('periodLast12', session.today)).reverse();
  const [owner, setOwner] = useRemembered('pay.owner', session.owners[0] ?? '');
  const [month, setMonth] = useRemembered('pay.month', months[1] ?? months[0] ?? '');
  const commission = useFigure(() => (owner ? session.commission(owner, month) : null), [session, owner, month]);
  const statement = commission.value?.statement ?? null;
  const clientName = (id: string) => commission.value?.clientNames[id] ?? id;
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
                  {formatMonthName(m, locale)}
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
              {/* The month's pay first: the lines below are what it is made of. */}
              <Text weight="semibold" data-testid="statement-total">
                {t('statementTotal')}: {formatTotals(statement.totals, locale)}
              </Text>
              <DataTable
                caption={t('statement')}
                rowKey={(l) => `${l.kind}-${l.id}`}
                rows={statement.lines}
                columns={[
                  {
                    header: t('field.client'),
                    cell: (l) => (
                      <>
                        <Link as="button" onClick={() => onOpen(clientName(l.clientId), l.kind === 'payment' ? 'payment' : 'deal', [l.id])}>
                          {clientName(l.clientId)}
                        </Link>
                        <Caption1 block>
                          {formatDay(l.date, locale, app.clock.now())} · {l.kind === 'payment' ? t('line.payment', { percent: formatShare(l.percent / 100, locale, 2) }) : t('line.won-deal')}
                        </Caption1>
                      </>
                    ),
                  },
                  { header: t('base'), numeric: true, cell: (l) => formatMoney(l.base, locale) },
                  { header: t('pay'), numeric: true, cell: (l) => formatMoney({ minor: l.payMinor, currency: l.currency }, locale) },
                ]}
              />
            </>
          )
        )}
      </Section>

      <PayRulesForm session={session} nameOf={nameOf} onSaved={onSaved} />
    </div>
  );
}
