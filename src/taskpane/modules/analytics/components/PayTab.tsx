import { Button, Caption1, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Switch, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { monthsOf, type CommissionRules } from '../../../../app/analyticsTypes';
import type { AnalyticsSession, DrillKind, DrillRecords } from '../../../../app/analyticsUseCases';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';
import { analyticsStrings } from '../analyticsStrings';
import { formatMonthName, formatNumber, formatTotals, periodFor } from '../formatting';
import { formatShare } from '../../../ui/formatShare';
import { formatDay } from '../../../ui/localDates';
import { useFigure } from '../hooks/useFigure';
import { Computing } from './Computing';
import { DataTable } from './DataTable';
import { Pickers } from './Pickers';
import { PayRuleFields } from './PayRuleFields';
import { draftOf, readRule, type RuleDraft, type RuleProblems } from '../payRuleDraft';
import { isPercentLimit, limitDrafts, MAX_WHOLE_LIMIT, limitKeys, readLimits, type LimitKey, type LimitProblem } from '../alarmLimitDraft';
import { Section } from './Section';
import { useRemembered } from '../../../ui/useRemembered';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  // As wide as the pane, not its longest option ("The team (all without a rule of their own)"), which ran past a 320 px pane's edge.
  select: { minWidth: 0, width: '100%' },
});

// The currency a new fixed amount or tier starts in: the demo's and most of the team's money.
const DEFAULT_CURRENCY = 'UAH';

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
  const rules = session.settings.commissions;
  // The settings as the form shows them: a save sends only what differs (saveSettings), so a colleague's edit pulled meanwhile stays.
  const [opened, setOpened] = useState(session.settings);
  // The team's rule under '', each manager's own under their address; null: paid by the team's.
  const [drafts, setDrafts] = useState<Record<string, RuleDraft | null>>(() => ({
    '': draftOf(rules.base, DEFAULT_CURRENCY, locale),
    ...Object.fromEntries(rules.overrides.map((o) => [o.owner, draftOf(o.rule, DEFAULT_CURRENCY, locale)])),
  }));
  const [whose, setWhose] = useState('');
  const [problems, setProblems] = useState<Record<string, RuleProblems>>({});
  const [limits, setLimits] = useState(() => limitDrafts(session.settings.thresholds));
  const [limitProblems, setLimitProblems] = useState<Partial<Record<LimitKey, LimitProblem>>>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid' | 'refused' | 'failed'>('idle');
  const draft = drafts[whose] ?? null;
  // A manager reads the rules they are paid by; until the role is known, nothing is editable.
  const canChange = useLive(() => app.analytics!.canChangeSettings(), []).data ?? false;
  const save = async () => {
    const { thresholds, problems: badLimits } = readLimits(limits);
    const read = Object.entries(drafts).flatMap(([owner, d]) => (d ? [{ owner, ...readRule(d) }] : []));
    const wrong = Object.fromEntries(read.flatMap((r) => (r.problems ? [[r.owner, r.problems]] : [])));
    setProblems(wrong);
    setLimitProblems(badLimits ?? {});
    if (Object.keys(wrong).length || !thresholds) {
      // Show the rule with a problem, the one in view first.
      if (!wrong[whose] && Object.keys(wrong).length) setWhose(Object.keys(wrong)[0]!);
      setStatus('invalid');
      return;
    }
    const commissions: CommissionRules = { base: read.find((r) => r.owner === '')!.rule!, overrides: read.filter((r) => r.owner !== '').map((r) => ({ owner: r.owner, rule: r.rule! })) };
    try {
      await app.analytics!.saveSettings(thresholds, commissions, opened);
      setOpened({ ...opened, thresholds, commissions });
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

      <Section title={t('rules')}>
        <Caption1>{canChange ? t('rulesHint') : t('rulesReadOnly')}</Caption1>
        <Field label={t('ruleFor')}>
          <Select className={styles.select} value={whose} onChange={(_, d) => setWhose(d.value)}>
            <option value="">{t('ruleTeam')}</option>
            {session.owners.map((o) => (
              <option key={o} value={o}>
                {drafts[o] ? t('ownRuleMark', { name: nameOf(o) }) : nameOf(o)}
              </option>
            ))}
          </Select>
        </Field>
        {whose !== '' && (
          <Switch
            label={t('ownRule', { name: nameOf(whose) })}
            checked={draft !== null}
            disabled={!canChange}
            // A manager's own rule starts as a copy of the team's.
            onChange={(_, d) => setDrafts((all) => ({ ...all, [whose]: d.checked ? { ...all['']! } : null }))}
          />
        )}
        {draft ? <PayRuleFields draft={draft} problems={problems[whose] ?? {}} disabled={!canChange} onChange={(changed) => setDrafts((all) => ({ ...all, [whose]: changed }))} /> : <Caption1>{t('usesTeamRule')}</Caption1>}
        {/* The team's, whichever pay rule is shown above. */}
        <Subtitle2 as="h3">{t('alarmLimits')}</Subtitle2>
        <Pickers>
          {limitKeys.map((k) => (
            <Field key={k} label={t(`threshold.${k}`)} validationMessage={limitProblems[k] && t(limitProblems[k], { max: formatNumber(MAX_WHOLE_LIMIT, locale) })}>
              <Input inputMode={isPercentLimit(k) ? 'decimal' : 'numeric'} value={limits[k]} disabled={!canChange} onChange={(_, d) => setLimits((l) => ({ ...l, [k]: d.value }))} />
            </Field>
          ))}
        </Pickers>
        {canChange && (
          <Button appearance="primary" onClick={() => void save()}>
            {t('saveRules')}
          </Button>
        )}
        {status === 'saved' && <Caption1 role="status">{t('rulesSaved')}</Caption1>}
        {status !== 'idle' && status !== 'saved' && (
          <MessageBar intent="error">
            <MessageBarBody>{status === 'refused' ? t('notAllowed') : status === 'invalid' ? t('checkMarked') : t('failed', { message: '' })}</MessageBarBody>
          </MessageBar>
        )}
      </Section>
    </div>
  );
}
