import { Button, Caption1, Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { CurrencyField } from '../../../ui/CurrencyField';
import { useT } from '../../../i18n/useT';
import { analyticsStrings } from '../analyticsStrings';
import { dealsStrings } from '../../deals/dealsStrings';
import { newTier, type RuleDraft, type RuleProblems, type TierDraft } from '../payRuleDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Amount and currency side by side, the inputs in line however the labels wrap.
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 96px', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  tier: { paddingBlock: tokens.spacingVerticalXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tierPercent: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: tokens.spacingHorizontalS, alignItems: 'end', gridColumn: '1 / -1' },
  add: { alignSelf: 'start' },
});

/**
 * `disabled`: shown to one who may only read it, without the buttons that add or remove tiers.
 * `onChange` names the fields (problem keys) the change mends: their messages go.
 */
export type PayRuleFieldsProps = { draft: RuleDraft; problems: RuleProblems; onChange: (draft: RuleDraft, mended: readonly string[]) => void; disabled: boolean };

/** One pay rule's fields: percent of payments received, a fixed sum per won deal, volume tiers. */
export function PayRuleFields({ draft, problems, onChange, disabled }: PayRuleFieldsProps) {
  const styles = useStyles();
  const { t } = useT(analyticsStrings);
  const amounts = useT(dealsStrings);
  const message = (field: string) => {
    const problem = problems[field];
    return !problem ? undefined : problem === 'percentBad' ? t(problem) : amounts.t(problem);
  };
  const setTier = (key: number, change: Partial<TierDraft>, mended: readonly string[]) =>
    onChange({ ...draft, tiers: draft.tiers.map((tier) => (tier.key === key ? { ...tier, ...change } : tier)) }, mended);
  const root = useRef<HTMLDivElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  // The place of a tier just removed: its button went with it, and the focus would fall to the page.
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    if (removedAt.current === null) return;
    const before = root.current?.querySelectorAll(':scope > [role="group"]')[removedAt.current - 1];
    removedAt.current = null;
    (before?.querySelector('input') ?? add.current)?.focus();
  });
  const remove = (i: number, key: number) => {
    removedAt.current = i;
    onChange({ ...draft, tiers: draft.tiers.filter((x) => x.key !== key) }, [`from-${key}`, `percent-${key}`]);
  };
  return (
    <div className={styles.root} ref={root}>
      <Field label={t('percentOfReceived')} validationMessage={message('percent')}>
        <Input inputMode="decimal" value={draft.percent} disabled={disabled} onChange={(_, d) => onChange({ ...draft, percent: d.value }, ['percent'])} contentAfter="%" />
      </Field>
      <div className={styles.pair}>
        <Field label={t('perWonDeal')} validationMessage={message('perWon')}>
          <Input inputMode="decimal" value={draft.perWon} disabled={disabled} onChange={(_, d) => onChange({ ...draft, perWon: d.value }, ['perWon'])} />
        </Field>
        <CurrencyField label={t('currency')} value={draft.perWonCurrency} disabled={disabled} onChange={(perWonCurrency) => onChange({ ...draft, perWonCurrency }, [])} />
      </div>
      <Caption1>{t('tiersHint')}</Caption1>
      {draft.tiers.map((tier, i) => (
        <div key={tier.key} className={mergeClasses(styles.pair, styles.tier)} role="group" aria-label={t('tier', { n: i + 1 })}>
          <Field label={t('tierFrom')} validationMessage={message(`from-${tier.key}`)}>
            <Input inputMode="decimal" value={tier.from} disabled={disabled} onChange={(_, d) => setTier(tier.key, { from: d.value }, [`from-${tier.key}`])} />
          </Field>
          <CurrencyField label={t('currency')} value={tier.currency} disabled={disabled} onChange={(currency) => setTier(tier.key, { currency }, [])} />
          <div className={styles.tierPercent}>
            <Field label={t('tierPercent')} validationMessage={message(`percent-${tier.key}`)}>
              <Input inputMode="decimal" value={tier.percent} disabled={disabled} onChange={(_, d) => setTier(tier.key, { percent: d.value }, [`percent-${tier.key}`])} contentAfter="%" />
            </Field>
            {!disabled && <Button icon={<DeleteRegular />} aria-label={t('removeTier', { n: i + 1 })} onClick={() => remove(i, tier.key)} />}
          </div>
        </div>
      ))}
      {!disabled && (
        <Button ref={add} className={styles.add} icon={<AddRegular />} onClick={() => onChange({ ...draft, tiers: [...draft.tiers, newTier(draft.tiers.at(-1)?.currency ?? draft.perWonCurrency)] }, [])}>
          {t('addTier')}
        </Button>
      )}
    </div>
  );
}
