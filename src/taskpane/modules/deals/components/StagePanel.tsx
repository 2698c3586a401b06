import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkCircleRegular, DismissCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Deal } from '../../../../domain/model/Deal';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatShare } from '../../../ui/formatShare';
import { formatDay, localIsoDate } from '../../../ui/localDates';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFormStyles } from '../../../ui/useFormStyles';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { dealsStrings } from '../dealsStrings';
import { useDealErrors } from '../hooks/useDealErrors';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The button sits in the field beside the select, so the stage's hint runs under both of them.
  move: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  stageSelect: { flexGrow: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

type Mode = 'idle' | 'won' | 'refused' | 'reopen';

type StagePanelProps = { deal: Deal };

/** Where the deal stands: move it between stages, close it as Success or Refusal (with a reason), or reopen it. */
export function StagePanel({ deal }: StagePanelProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const { labelOf } = useReferenceItems();
  const { errorFor, failure, fail, clear } = useDealErrors();
  const stages = useLive(() => app.deals.queries.dealStages(), []).data ?? [];
  const [mode, setMode] = useState<Mode>('idle');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const [chosen, setTarget] = useState<{ from: string; to: string } | null>(null);
  // A choice made at another stage (the deal moved meanwhile) no longer applies.
  const target = chosen && chosen.from === deal.stage ? chosen.to : deal.stage;

  const run = async (action: () => Promise<Deal>, message: (d: Deal) => string) => {
    clear();
    setDone('');
    setBusy(true);
    try {
      const saved = await action();
      setMode('idle');
      setReason('');
      setNote('');
      setDone(message(saved));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const start = (next: Mode) => {
    clear();
    setDone('');
    setMode(next);
  };
  const day = (instant: string) => formatDay(localIsoDate(new Date(instant)), locale, app.clock.now());

  return (
    <section className={styles.panel} aria-labelledby="deal-stage-heading">
      <Text as="h2" weight="semibold" size={400} id="deal-stage-heading">
        {t('stage')}
      </Text>
      {deal.status === 'open' ? (
        <>
          {/* Chosen, then applied: arrow keys on a closed select must not move the deal through every stage. */}
          <form
            aria-label={t('moveStage')}
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => app.deals.moveToStage(deal.id, target), (m) => t('stageMoved', { stage: labelOf('dealStage', m.stage), percent: formatShare(m.probability / 100, locale) }));
            }}
          >
            <Field label={t('moveStage')} hint={t('probabilityDefault', { percent: formatShare((stages.find((s) => s.code === target)?.probability ?? 0) / 100, locale) })}>
              <div className={styles.move}>
                <Select className={styles.stageSelect} value={target} disabled={busy} onChange={(_, d) => setTarget({ from: deal.stage, to: d.value })}>
                  {!stages.some((s) => s.code === deal.stage) && <option value={deal.stage}>{labelOf('dealStage', deal.stage)}</option>}
                  {stages.map((s) => (
                    <option key={s.code} value={s.code}>
                      {`${labelOf('dealStage', s.code)} (${formatShare((s.probability ?? 0) / 100, locale)})`}
                    </option>
                  ))}
                </Select>
                <Button type="submit" disabled={busy || target === deal.stage}>
                  {t('move')}
                </Button>
              </div>
            </Field>
          </form>
          {mode === 'idle' && (
            <div className={formStyles.actions}>
              <Button icon={<CheckmarkCircleRegular />} onClick={() => start('won')}>
                {t('closeWon')}
              </Button>
              <Button icon={<DismissCircleRegular />} onClick={() => start('refused')}>
                {t('closeRefused')}
              </Button>
            </div>
          )}
          {mode === 'won' && (
            <div className={formStyles.shadedForm} role="group" aria-label={t('closeWon')}>
              <Text>{t('confirmWon')}</Text>
              <div className={formStyles.actions}>
                <Button appearance="primary" disabled={busy} onClick={() => void run(() => app.deals.closeAsWon(deal.id), (d) => t('wonOn', { date: day(d.closedAt) }))}>
                  {t('closeWon')}
                </Button>
                <Button onClick={() => setMode('idle')}>{t('cancel')}</Button>
              </div>
            </div>
          )}
          {mode === 'refused' && (
            <form
              className={formStyles.shadedForm}
              aria-label={t('refusalTitle')}
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void run(
                  () => app.deals.closeAsRefused(deal.id, reason, note),
                  (d) => t('refusedOn', { date: day(d.closedAt), reason: labelOf('refusalReason', d.refusal?.reason ?? '') }),
                );
              }}
            >
              <ReferenceSelect list="refusalReason" label={t('refusalReason')} value={reason} onChange={setReason} validationMessage={errorFor('reason')} />
              <Field label={t('refusalNote')}>
                <Input value={note} onChange={(_, d) => setNote(d.value)} />
              </Field>
              <div className={formStyles.actions}>
                <Button type="submit" appearance="primary" disabled={busy}>
                  {t('confirmRefusal')}
                </Button>
                <Button onClick={() => setMode('idle')}>{t('cancel')}</Button>
              </div>
            </form>
          )}
        </>
      ) : (
        <>
          <Text>
            {deal.status === 'won'
              ? t('wonOn', { date: day(deal.closedAt) })
              : t('refusedOn', { date: day(deal.closedAt), reason: labelOf('refusalReason', deal.refusal?.reason ?? '') })}
          </Text>
          {deal.refusal && <Text>{t('refusedAt', { stage: labelOf('dealStage', deal.refusal.stage) })}</Text>}
          <Caption1 className={styles.muted}>{t('closedHint')}</Caption1>
          {mode === 'reopen' ? (
            <form
              className={formStyles.shadedForm}
              aria-label={t('reopen')}
              onSubmit={(e) => {
                e.preventDefault();
                void run(() => app.deals.reopen(deal.id, note), (d) => t('stageMoved', { stage: labelOf('dealStage', d.stage), percent: formatShare(d.probability / 100, locale) }));
              }}
            >
              <Field label={t('reopenNote')}>
                <Input value={note} onChange={(_, d) => setNote(d.value)} />
              </Field>
              <div className={formStyles.actions}>
                <Button type="submit" appearance="primary" disabled={busy}>
                  {t('confirmReopen')}
                </Button>
                <Button onClick={() => setMode('idle')}>{t('cancel')}</Button>
              </div>
            </form>
          ) : (
            <div>
              <Button icon={<ArrowUndoRegular />} onClick={() => start('reopen')}>
                {t('reopen')}
              </Button>
            </div>
          )}
        </>
      )}
      <div aria-live="polite">
        {done && (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        )}
        {failure && (
          <MessageBar intent="error">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
