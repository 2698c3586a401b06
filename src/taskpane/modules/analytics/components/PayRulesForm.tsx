import { Caption1, Field, Input, makeStyles, Select, Subtitle2, Switch, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { CommissionRules } from '../../../../app/analyticsTypes';
import type { AnalyticsSession } from '../../../../app/analyticsUseCases';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FormFooter, type FormFooterText } from '../../../ui/FormFooter';
import { PaneForm } from '../../../ui/PaneForm';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { withoutField } from '../../../ui/useFieldErrors';
import { useLive } from '../../../ui/useLive';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useStoreFailureLine } from '../../../ui/useStoreFailureLine';
import { isPercentLimit, limitDrafts, limitKeys, MAX_WHOLE_LIMIT, otherEndOf, readLimits, type LimitKey, type LimitProblem } from '../alarmLimitDraft';
import { analyticsStrings } from '../analyticsStrings';
import { formatNumber } from '../formatting';
import { draftOf, readRule, type RuleDraft, type RuleProblems } from '../payRuleDraft';
import { PayRuleFields } from './PayRuleFields';
import { Pickers } from './Pickers';
import { Section } from './Section';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // As wide as the pane, not its longest option, which ran past a 320 px pane's edge.
  select: { minWidth: 0, width: '100%' },
});

// The currency a new fixed amount or tier starts in: the demo's and most of the team's money.
const DEFAULT_CURRENCY = 'UAH';

export type PayRulesFormProps = { session: AnalyticsSession; nameOf: (email: string) => string; onSaved: () => void };

/**
 * The head of sales' pay rules (the team's, and a manager's own) and the team's alarm limits, as a
 * pane form: leaving it with unsaved typing asks first, as every other form does.
 */
export function PayRulesForm({ session, nameOf, onSaved }: PayRulesFormProps) {
  const styles = useStyles();
  const app = useApp();
  const { t, locale } = useT(analyticsStrings);
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
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | FailureWords>('');
  const storeLine = useStoreFailureLine();
  const labelled = useFailedLabel();
  const draft = drafts[whose] ?? null;
  // A manager reads the rules they are paid by; until the role is known, nothing is editable.
  const canChange = useLive(() => app.analytics!.canChangeSettings(), []).data ?? false;
  const marked = Object.values(problems).some((p) => Object.keys(p).length > 0) || Object.keys(limitProblems).length > 0;

  // A change takes "Saved." away (the form no longer shows what was saved) and the messages of the fields it mends.
  const changeRule = (owner: string, changed: RuleDraft | null, mended: readonly string[]) => {
    setDrafts((all) => ({ ...all, [owner]: changed }));
    setProblems((all) => {
      const left = changed ? mended.reduce(withoutField, all[owner] ?? {}) : {};
      return left === all[owner] ? all : { ...all, [owner]: left };
    });
    setSaved(false);
  };
  const changeLimit = (key: LimitKey, value: string) => {
    setLimits((l) => ({ ...l, [key]: value }));
    // A least above the most is marked on both: changing either may mend it.
    setLimitProblems((all) => {
      const other = otherEndOf(key);
      const rest = withoutField(all, key);
      return other && (rest[other] === 'minAboveMax' || rest[other] === 'maxBelowMin') ? withoutField(rest, other) : rest;
    });
    setSaved(false);
  };

  const save = async () => {
    // The last save's messages go first, so that this save's come anew: the first marked field then
    // takes the focus again, and a failed save again counts as typing to ask about on leaving (FormFooter).
    flushSync(() => {
      setProblems({});
      setLimitProblems({});
      setFailure('');
      setSaved(false);
    });
    const { thresholds, problems: badLimits } = readLimits(limits);
    const read = Object.entries(drafts).flatMap(([owner, d]) => (d ? [{ owner, ...readRule(d) }] : []));
    const wrong = Object.fromEntries(read.flatMap((r) => (r.problems ? [[r.owner, r.problems]] : [])));
    if (Object.keys(wrong).length || !thresholds) {
      setProblems(wrong);
      setLimitProblems(badLimits ?? {});
      // Show the rule with a problem, the one in view first.
      if (!wrong[whose] && Object.keys(wrong).length) setWhose(Object.keys(wrong)[0]!);
      return;
    }
    const commissions: CommissionRules = { base: read.find((r) => r.owner === '')!.rule!, overrides: read.filter((r) => r.owner !== '').map((r) => ({ owner: r.owner, rule: r.rule! })) };
    setSaving(true);
    try {
      await app.analytics!.saveSettings(thresholds, commissions, opened);
      setOpened({ ...opened, thresholds, commissions });
      setSaved(true);
      onSaved();
    } catch (e) {
      setFailure(e instanceof Error && e.name === 'NotAllowedError' ? t('notAllowed') : (storeLine(e) ?? labelled((message) => t('rulesNotSaved', { message }), e)));
    } finally {
      setSaving(false);
    }
  };

  // The form stays on the screen after saving: no Cancel, and no "Cancel" text to give.
  const footerText = (key: FormFooterText) => (key === 'cancel' ? '' : t(({ fixErrors: 'checkMarked', saving: 'savingRules', save: 'saveRules' } as const)[key]));
  return (
    <Section title={t('rules')}>
      <Caption1>{canChange ? t('rulesHint') : t('rulesReadOnly')}</Caption1>
      {/* Outside the form: choosing whose rule to read is no typing to ask about on leaving. */}
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
      <PaneForm className={styles.form} label={t('rules')} onSubmit={() => void save()}>
        {whose === '' ? (
          <Caption1>{t('teamRuleHint')}</Caption1>
        ) : (
          <Switch
            label={t('ownRule', { name: nameOf(whose) })}
            checked={draft !== null}
            disabled={!canChange}
            // A manager's own rule starts as a copy of the team's.
            onChange={(_, d) => changeRule(whose, d.checked ? { ...drafts['']! } : null, [])}
          />
        )}
        {draft ? <PayRuleFields draft={draft} problems={problems[whose] ?? {}} disabled={!canChange} onChange={(changed, mended) => changeRule(whose, changed, mended)} /> : <Caption1>{t('usesTeamRule')}</Caption1>}
        {/* The team's, whichever pay rule is shown above. */}
        <Subtitle2 as="h3">{t('alarmLimits')}</Subtitle2>
        <Pickers>
          {limitKeys.map((k) => (
            <Field key={k} label={t(`threshold.${k}`)} validationMessage={limitProblems[k] && t(limitProblems[k], { max: formatNumber(MAX_WHOLE_LIMIT, locale) })}>
              <Input inputMode={isPercentLimit(k) ? 'decimal' : 'numeric'} value={limits[k]} disabled={!canChange} onChange={(_, d) => changeLimit(k, d.value)} />
            </Field>
          ))}
        </Pickers>
        {saved && <Caption1 role="status">{t('rulesSaved')}</Caption1>}
        {canChange && <FormFooter labels={footerText} fieldErrorsShown={marked} failureMessage={failure} saving={saving} />}
      </PaneForm>
    </Section>
  );
}
